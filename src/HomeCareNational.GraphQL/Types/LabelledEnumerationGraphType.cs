namespace HomeCareNational.GraphQL.Types;

/// <summary>An enumeration of the domain glossary whose values are described by their Japanese labels.</summary>
public abstract class LabelledEnumerationGraphType<TEnum> : EnumerationGraphType<TEnum>
    where TEnum : Enum
{
    protected LabelledEnumerationGraphType(string name, string description, Func<TEnum, string> labelJa)
    {
        Name = name;
        Description = description;
        foreach (var value in Values)
        {
            value.Description = labelJa((TEnum)value.Value!);
        }
    }
}
