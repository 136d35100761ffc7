using GraphQL.Utilities;

namespace HomeCareNational.GraphQL.Limits;

/// <summary>
/// Sets what fields cost in graphql-dotnet's complexity analysis, as its complexity metadata
/// (<see cref="ComplexityAnalayzerMetadataExtensions"/>). Every list field gets the number of items it is expected
/// to return, so what is selected under it costs that many times over: sizes fixed by the reference data are taken
/// from it. A field that declares its own complexity keeps it; any other list costs its <c>first</c>/<c>last</c>
/// argument (or its connection's), or else one default page (<see cref="GraphQLLimitsExtensions"/>). Introspection is
/// discounted.
/// </summary>
public sealed class ComplexityCosts(RegionGrouping grouping) : BaseSchemaNodeVisitor
{
    /// <summary>
    /// Introspection reads the schema in memory, never a grain, yet would cost as much as data of the same shape:
    /// GraphiQL's introspection query some 750,000. At this share it costs about 7,500, well within the default limit,
    /// while a document nesting types in fields in types as deep as the depth limit allows still costs too much.
    /// </summary>
    public const double IntrospectionShare = 0.01;

    /// <summary>A register is resubmitted part by part a few times a year: a hundred changes a year is generous.</summary>
    private const int ChangesPerYear = 100;

    private readonly Dictionary<string, int> _sizes = new()
    {
        ["Query.prefectures"] = Prefectures.All.Count,
        ["Query.regions"] = grouping.Regions.Count,
        ["Query.fiscalYears"] = FiscalYear.Last - FiscalYear.First + 1,
        ["National.regions"] = grouping.Regions.Count,
        ["Region.prefectures"] = grouping.Regions.Max(r => r.PrefectureCodes.Length),
        ["DesignationTotals.byKind"] = Enum.GetValues<InstitutionKind>().Length,
        ["Prefecture.changes"] = ChangesPerYear,
    };

    public override void VisitSchema(ISchema schema) => schema.WithIntrospectionComplexityImpact(IntrospectionShare);

    public override void VisitObjectFieldDefinition(FieldType field, IObjectGraphType type, ISchema schema)
    {
        if (field.GetComplexityImpactDelegate() is null
            && field.ResolvedType is ListGraphType or NonNullGraphType { ResolvedType: ListGraphType }
            && _sizes.TryGetValue($"{type.Name}.{field.Name}", out var size))
        {
            field.WithComplexityImpact(fieldImpact: 1, childImpactMultiplier: size);
        }
    }
}
