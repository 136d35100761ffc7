namespace HomeCareNational.GraphQL.Types;

/// <summary>An enumeration of the domain whose values are described by their Japanese labels, or in English where the glossary gives none.</summary>
public abstract class LabelledEnumerationGraphType<TEnum> : EnumerationGraphType<TEnum>
    where TEnum : Enum
{
    protected LabelledEnumerationGraphType(string name, string description, Func<TEnum, string> describe)
    {
        Name = name;
        Description = description;
        foreach (var value in Values)
        {
            value.Description = describe((TEnum)value.Value!);
        }
    }
}
