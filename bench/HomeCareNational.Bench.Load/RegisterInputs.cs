namespace HomeCareNational.Bench.Load;

/// <summary>
/// The register's records as the GraphQL mutations take them (the input types of <c>schema.graphql</c>), so a register
/// is loaded through the same submission path a prefecture uses.
/// </summary>
internal static class RegisterInputs
{
    public const string SubmitAreas =
        "mutation($p: String!, $y: Int!, $areas: [HomeCareAreaInput!]!) { submitHomeCareAreas(prefecture: $p, fiscalYear: $y, areas: $areas) { version } }";

    public const string SubmitHubs =
        "mutation($p: String!, $y: Int!, $hubs: [CollaborationHubInput!]!) { submitCollaborationHubs(prefecture: $p, fiscalYear: $y, hubs: $hubs) { version } }";

    public const string SubmitDesignations =
        "mutation($p: String!, $y: Int!, $institutions: [DesignatedInstitutionInput!]!) { submitDesignations(prefecture: $p, fiscalYear: $y, institutions: $institutions) { version } }";

    public const string AddDesignation =
        "mutation($p: String!, $y: Int!, $institution: DesignatedInstitutionInput!) { addDesignation(prefecture: $p, fiscalYear: $y, institution: $institution) { version } }";

    public const string UpdateDesignation =
        "mutation($p: String!, $y: Int!, $institution: DesignatedInstitutionInput!) { updateDesignation(prefecture: $p, fiscalYear: $y, institution: $institution) { version } }";

    public static JsonObject Variables(string prefectureCode, int fiscalYear, string name, JsonNode value) =>
        new() { ["p"] = prefectureCode, ["y"] = fiscalYear, [name] = value };

    public static JsonArray Areas(IEnumerable<HomeCareArea> areas) => [.. areas.Select(area => (JsonNode)new JsonObject
    {
        ["areaId"] = area.AreaId,
        ["name"] = area.Name,
        ["unitType"] = Constant(area.UnitType),
        ["municipalityCodes"] = new JsonArray([.. area.MunicipalityCodes.Select(code => (JsonNode)code)]),
    })];

    public static JsonArray Hubs(IEnumerable<CollaborationHub> hubs) => [.. hubs.Select(hub => (JsonNode)new JsonObject
    {
        ["hubId"] = hub.HubId,
        ["name"] = hub.Name,
        ["operatorKind"] = Constant(hub.OperatorKind),
        ["municipalityCode"] = hub.MunicipalityCode,
        ["areaIds"] = new JsonArray([.. hub.AreaIds.Select(id => (JsonNode)id)]),
    })];

    public static JsonArray Institutions(IEnumerable<DesignatedInstitution> institutions) => [.. institutions.Select(Institution)];

    public static JsonObject Institution(DesignatedInstitution institution) => new()
    {
        ["institutionCode"] = institution.InstitutionCode,
        ["name"] = institution.Name,
        ["kind"] = Constant(institution.Kind),
        ["municipalityCode"] = institution.MunicipalityCode,
        ["homeCareAreaId"] = institution.HomeCareAreaId,
        ["functions"] = new JsonArray([.. Enum.GetValues<HomeCareFunctions>()
            .Where(f => f != 0 && institution.Functions.HasFlag(f) && System.Numerics.BitOperations.IsPow2((int)f))
            .Select(f => (JsonNode)Constant(f))]),
        ["provides24Hours"] = institution.Provides24Hours,
        ["designatedOn"] = institution.DesignatedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["status"] = Constant(institution.Status),
    };

    /// <summary>graphql-dotnet's enum value names: the member name in CONSTANT_CASE.</summary>
    private static string Constant<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        string.Concat(value.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + c : char.ToUpperInvariant(c).ToString()));
}
