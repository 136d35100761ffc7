namespace HomeCareNational.Domain.Register;

/// <summary>
/// One field of a register record, described once for every place that names it: the GraphQL output and input
/// types, the validator's error paths and the import columns. Adding a field to a record means adding it here;
/// the Domain, Import and Api tests fail until every place lists it.
/// </summary>
/// <param name="Name">The field's camelCase name in GraphQL and in validation error paths, e.g. <c>municipalityCode</c>.</param>
/// <param name="Description">What the field holds, as the GraphQL output type describes it.</param>
/// <param name="InputDescription">What to submit, with the rules a value must meet, as the GraphQL input type describes it.</param>
[GenerateSerializer, Immutable]
public sealed record RecordField(
    [property: Id(0)] string Name,
    [property: Id(1)] string Description,
    [property: Id(2)] string InputDescription)
{
    /// <summary>A field that reads the same in the output and the input type.</summary>
    public RecordField(string name, string description)
        : this(name, description, description)
    {
    }
}
