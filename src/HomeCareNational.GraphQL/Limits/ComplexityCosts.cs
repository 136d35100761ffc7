using GraphQL.Utilities;
using GraphQL.Validation.Complexity;

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

    /// <summary>
    /// Records one revision, or the net change between two, touches: a part resubmitted whole touches every record
    /// of it that changed, a single edit one. A hundred is a generous estimate of a revision; the register's size
    /// bounds both.
    /// </summary>
    private const int RecordsPerChange = 100;

    /// <summary>Lists sized by one of their arguments (the trend's instants): each item is one read of the totals history.</summary>
    private readonly Dictionary<string, (string Argument, int Default)> _sizedByArgument = new()
    {
        ["National.trend"] = ("points", TrendInstants.DefaultPoints),
        ["Region.trend"] = ("points", TrendInstants.DefaultPoints),
        ["Prefecture.trend"] = ("points", TrendInstants.DefaultPoints),
    };

    private readonly Dictionary<string, int> _sizes = new()
    {
        ["Query.prefectures"] = Prefectures.All.Count,
        ["Query.regions"] = grouping.Regions.Count,
        ["Query.fiscalYears"] = FiscalYear.Last - FiscalYear.First + 1,
        ["National.regions"] = grouping.Regions.Count,
        ["Region.prefectures"] = grouping.Regions.Max(r => r.PrefectureCodes.Length),
        ["DesignationTotals.byKind"] = Enum.GetValues<InstitutionKind>().Length,
        ["RevisionDetail.changes"] = RecordsPerChange,
        ["RegisterDiff.changes"] = RecordsPerChange,

        // Register detail: totals per activity status, a hub's report and the submission status.
        ["National.hubsByActivityStatus"] = Enum.GetValues<HubActivityStatus>().Length,
        ["Region.hubsByActivityStatus"] = Enum.GetValues<HubActivityStatus>().Length,
        ["Prefecture.hubsByActivityStatus"] = Enum.GetValues<HubActivityStatus>().Length,
        ["HubActivityReport.duties"] = Enum.GetValues<HubDuty>().Length,
        ["HubMeeting.attendees"] = int.PopCount((int)AttendeeCategories.All),
        ["SubmissionStatus.missing"] = Enum.GetValues<MissingPart>().Length,
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
        else if (field.GetComplexityImpactDelegate() is null && _sizedByArgument.TryGetValue($"{type.Name}.{field.Name}", out var sized))
        {
            field.WithComplexityImpact(context => new FieldComplexityResult(1, context.GetArgument(sized.Argument, sized.Default)));
        }
    }
}
