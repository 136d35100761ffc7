namespace HomeCareNational.GraphQL.Types;

/// <summary>
/// An enumeration of the domain for which the glossary gives no Japanese label, so its values are described in
/// English rather than left without a description.
/// </summary>
public abstract class DescribedEnumerationGraphType<TEnum> : EnumerationGraphType<TEnum>
    where TEnum : Enum
{
    protected DescribedEnumerationGraphType(string name, string description, Func<TEnum, string> describe)
    {
        Name = name;
        Description = description;
        foreach (var value in Values)
        {
            value.Description = describe((TEnum)value.Value!);
        }
    }
}
