using HomeCareNational.GraphQL.Nodes;

namespace HomeCareNational.Api.Tests.Authorization;

/// <summary>
/// One smallest request per field that declares an access policy, aimed at a given prefecture. Every such field
/// in the schema must have a probe here: a new field without one fails <see cref="AccessMatrixTests"/>. Subscription
/// probes are sent over the event stream, and their first result is the response.
/// </summary>
public static class AccessProbes
{
    /// <summary>The fiscal year the probes write to, away from the demo data and the other tests' years.</summary>
    public const int Year = 2027;

    private const string Areas = """
        mutation ($p: String!) { submitHomeCareAreas(prefecture: $p, fiscalYear: 2027, areas: []) { code } }
        """;

    public static IReadOnlyDictionary<string, Func<string, Probe>> All { get; } = new Dictionary<string, Func<string, Probe>>
    {
        ["Query.national"] = _ => new("{ national { version } }"),
        ["Query.regions"] = _ => new("{ regions { code } }"),
        ["Query.region"] = _ => new("""{ region(code: "chugoku") { code } }"""),
        ["Query.prefectures"] = _ => new("{ prefectures { code } }"),
        ["Query.prefecture"] = p => new("query ($p: String!) { prefecture(code: $p) { code } }", p),
        ["Query.fiscalYears"] = _ => new("{ fiscalYears { year } }"),
        ["Query.prefecturesRankedByNonClinicalShare"] = _ => new("{ prefecturesRankedByNonClinicalShare(fiscalYear: 2024, first: 1) { rank } }"),
        ["Query.node"] = _ => new($$"""{ node(id: "{{new NodeId(NodeTypeNames.National, [], 2024).Encode()}}") { id } }"""),
        ["Subscription.nationalTotals"] = _ => new("subscription { nationalTotals { version } }"),
        ["Subscription.regionTotals"] = _ => new("""subscription { regionTotals(code: "chugoku") { code } }"""),
        ["Subscription.prefectureTotals"] = p => new("subscription ($p: String!) { prefectureTotals(code: $p) { code } }", p),
        ["Prefecture.register"] = p => new("query ($p: String!) { prefecture(code: $p, fiscalYear: 2024) { register { institutions(first: 1) { totalCount } } } }", p),
        ["Prefecture.revisions"] = p => new("query ($p: String!) { prefecture(code: $p, fiscalYear: 2024) { revisions(first: 1) { totalCount } } }", p),
        ["Prefecture.revision"] = p => new("query ($p: String!) { prefecture(code: $p, fiscalYear: 2024) { revision(version: 1) { version } } }", p),
        ["Prefecture.diff"] = p => new("query ($p: String!) { prefecture(code: $p, fiscalYear: 2024) { diff(fromVersion: 0, toVersion: 1) { added } } }", p),
        ["Mutation.submitHomeCareAreas"] = p => new(Areas, p),
        ["Mutation.submitCollaborationHubs"] = p => new(
            "mutation ($p: String!) { submitCollaborationHubs(prefecture: $p, fiscalYear: 2027, hubs: []) { code } }", p),
        ["Mutation.submitDesignations"] = p => new(
            "mutation ($p: String!) { submitDesignations(prefecture: $p, fiscalYear: 2027, institutions: []) { code } }", p),
    };

    /// <summary>A request: the document and the prefecture bound to its <c>$p</c> variable, if it has one.</summary>
    public sealed record Probe(string Query, string? Prefecture = null)
    {
        public object? Variables => Prefecture is null ? null : new { p = Prefecture };
    }
}
