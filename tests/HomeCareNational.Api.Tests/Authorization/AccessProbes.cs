using HomeCareNational.GraphQL.Nodes;

namespace HomeCareNational.Api.Tests.Authorization;

/// <summary>
/// One smallest request per field that declares an access policy, aimed at a given prefecture. Every such field
/// in the schema must have a probe here: a new field without one fails <see cref="AccessMatrixTests"/>. Subscription
/// probes are sent over the event stream, and their first result is the response.
/// </summary>
public static class AccessProbes
{
    /// <summary>The fiscal year the probes write to (claimed by <see cref="AccessMatrixTests"/>).</summary>
    public const int Year = 2027;

    /// <summary>The fiscal year the record-level mutation probes change (<see cref="PrepareAsync"/> sets it up for the own prefecture).</summary>
    public const int RecordYear = 2049;

    private static readonly string Areas = $$"""
        mutation ($p: String!) { submitHomeCareAreas(prefecture: $p, fiscalYear: {{Year}}, areas: []) { code } }
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
            $$"""mutation ($p: String!) { submitCollaborationHubs(prefecture: $p, fiscalYear: {{Year}}, hubs: []) { code } }""", p),
        ["Mutation.submitDesignations"] = p => new(
            $$"""mutation ($p: String!) { submitDesignations(prefecture: $p, fiscalYear: {{Year}}, institutions: []) { code } }""", p),
        ["Mutation.submitHubActivityReports"] = p => Record(p, "submitHubActivityReports(reports: [])"),
        ["Mutation.addDesignation"] = p => Record(p, $"addDesignation(institution: {Institution(p, "P" + Guid.NewGuid().ToString("N")[..12], "CLINIC")})"),
        ["Mutation.updateDesignation"] = p => Record(p, $"updateDesignation(institution: {Institution(p, "PROBE-KEPT", "VISITING_NURSE_STATION")})"),
        ["Mutation.withdrawDesignation"] = p => Record(p, "withdrawDesignation(institutionCode: \"PROBE-WITHDRAWN\")"),
        ["Mutation.recordDesignationReview"] = p => Record(p, """recordDesignationReview(institutionCode: "PROBE-KEPT", review: { outcome: KEPT, reason: "probe", decidedOn: "2049-05-01" })"""),
        ["Mutation.upsertCollaborationHub"] = p => Record(p, $"upsertCollaborationHub(hub: {Hub(p, "PH")})"),
        ["Mutation.retireCollaborationHub"] = p => Record(p, "retireCollaborationHub(hubId: \"PH-RETIRED\", idempotencyKey: \"probe-retire-hub\")"),
        ["Mutation.upsertHomeCareArea"] = p => Record(p, $"upsertHomeCareArea(area: {Area(p, "PA")})"),
        ["Mutation.retireHomeCareArea"] = p => Record(p, "retireHomeCareArea(areaId: \"PA-RETIRED\", idempotencyKey: \"probe-retire-area\")"),
        ["Mutation.reportHubActivity"] = p => Record(p, """reportHubActivity(report: { hubId: "PH", meetings: [], duties: [{ duty: STAKEHOLDER_MEETINGS, done: false }, { duty: SERVICE_COORDINATION, done: false }, { duty: ROUND_THE_CLOCK_RESPONSE, done: false }, { duty: STAFF_TRAINING, done: false }, { duty: PUBLIC_AWARENESS, done: false }], disasterPreparednessSupport: false, trainingSessions: 0, awarenessEvents: 0 })"""),
        ["Mutation.openFiscalYear"] = p => new(
            $"mutation ($p: String!) {{ openFiscalYear(prefecture: $p, fiscalYear: {RecordYear + 1}, idempotencyKey: \"probe-open-year\") {{ code }} }}", p),
        ["Query.designations"] = _ => new("{ designations(fiscalYear: 2024, first: 1) { totalCount } }"),
        ["Query.hubs"] = _ => new("{ hubs(fiscalYear: 2024, first: 1) { totalCount } }"),
        ["Query.areas"] = _ => new("{ areas(fiscalYear: 2024, first: 1) { totalCount } }"),
        ["Query.reportingRound"] = _ => new($"{{ reportingRound(fiscalYear: {RecordYear}) {{ version }} }}"),
        ["Mutation.openReportingRound"] = _ => new(
            $"mutation {{ openReportingRound(fiscalYear: {RoundProbes.OpenCloseYear}, referenceDate: \"{RoundProbes.OpenCloseReferenceDate}\", deadline: \"{RoundProbes.OpenCloseDeadline}\") {{ version }} }}"),
        ["Mutation.closeReportingRound"] = _ => new($"mutation {{ closeReportingRound(fiscalYear: {RoundProbes.OpenCloseYear}) {{ version }} }}"),
        ["Mutation.extendReportingRoundDeadline"] = _ => new(
            $"mutation {{ extendReportingRoundDeadline(fiscalYear: {RecordYear}, deadline: \"{RoundProbes.ExtendedDeadline}\") {{ version }} }}"),
        ["Mutation.submitToReportingRound"] = p => new($"mutation ($p: String!) {{ submitToReportingRound(prefecture: $p, fiscalYear: {RecordYear}) {{ version }} }}", p),
        ["Mutation.acceptSubmission"] = p => new($"mutation ($p: String!) {{ acceptSubmission(prefecture: $p, fiscalYear: {RecordYear}) {{ version }} }}", p),
        ["Mutation.returnSubmission"] = p => new($"mutation ($p: String!) {{ returnSubmission(prefecture: $p, fiscalYear: {Year}, comment: \"probe\") {{ version }} }}", p),
        ["Mutation.importDesignations"] = p => new(
            $"mutation ($p: String!) {{ importDesignations(prefecture: $p, fiscalYear: {RecordYear}, fileName: \"probe.csv\", contentBase64: \"{Convert.ToBase64String(Mutations.GraphQLImports.Csv(Mutations.GraphQLImports.Row("PROBE-IMPORT", p, RecordYear)))}\", dryRun: true) {{ dryRun }} }}", p),
    };

    /// <summary>
    /// Gives the own prefecture what the record-level probes work on, in <see cref="RecordYear"/>: areas PA and
    /// PA-RETIRED, hubs PH and PH-RETIRED, designations PROBE-KEPT (non-clinical) and PROBE-WITHDRAWN. The probes
    /// leave it valid for one another in any order: they change nothing the second time, or carry an idempotency key
    /// so that a repeat replays the first result.
    /// </summary>
    public static async Task PrepareAsync(HttpClient editor, string prefecture) =>
        await editor.SubmitRegisterAsync(
            prefecture,
            RecordYear,
            [AreaValue(prefecture, "PA"), AreaValue(prefecture, "PA-RETIRED")],
            [HubValue(prefecture, "PH"), HubValue(prefecture, "PH-RETIRED")],
            [InstitutionValue(prefecture, "PROBE-KEPT", "VISITING_NURSE_STATION"), InstitutionValue(prefecture, "PROBE-WITHDRAWN", "CLINIC")]);

    private static Probe Record(string prefecture, string field) =>
        new($"mutation ($p: String!) {{ {field.Insert(field.IndexOf('(', StringComparison.Ordinal) + 1, $"prefecture: $p, fiscalYear: {RecordYear}, ")} {{ code }} }}", prefecture);

    private static HomeCareAreaInput AreaValue(string prefecture, string id) => new(id, "probe", "OTHER", [$"{prefecture}201"]);

    private static CollaborationHubInput HubValue(string prefecture, string id) => new(id, "probe", "MUNICIPALITY", $"{prefecture}201", ["PA"]);

    private static DesignatedInstitutionInput InstitutionValue(string prefecture, string code, string kind) =>
        new(code, "probe", kind, $"{prefecture}201", "PA", ["DAILY_CARE_SUPPORT"], Provides24Hours: false, "2049-04-01");

    private static string Area(string prefecture, string id) =>
        $"{{ areaId: \"{id}\", name: \"probe\", unitType: OTHER, municipalityCodes: [\"{prefecture}201\"] }}";

    private static string Hub(string prefecture, string id) =>
        $"{{ hubId: \"{id}\", name: \"probe\", operatorKind: MUNICIPALITY, municipalityCode: \"{prefecture}201\", areaIds: [\"PA\"] }}";

    private static string Institution(string prefecture, string code, string kind) =>
        $"{{ institutionCode: \"{code}\", name: \"probe\", kind: {kind}, municipalityCode: \"{prefecture}201\", homeCareAreaId: \"PA\", functions: [DAILY_CARE_SUPPORT], provides24Hours: false, designatedOn: \"2049-04-01\" }}";

    /// <summary>A request: the document and the prefecture bound to its <c>$p</c> variable, if it has one.</summary>
    public sealed record Probe(string Query, string? Prefecture = null)
    {
        public object? Variables => Prefecture is null ? null : new { p = Prefecture };
    }
}
