using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using HomeCareNational.Abstractions.Idempotency;
using HomeCareNational.Application;

namespace HomeCareNational.Api.Tests.Mutations;

/// <summary>One argument of a register mutation besides prefecture, fiscal year and idempotency key.</summary>
/// <param name="Name">The argument's name, also the variable's.</param>
/// <param name="Type">Its GraphQL type, e.g. <c>DesignatedInstitutionInput!</c>.</param>
/// <param name="Value">The variable's value.</param>
public sealed record MutationArgument(string Name, string Type, object? Value)
{
    public static MutationArgument Institution(DesignatedInstitutionInput institution) => new("institution", "DesignatedInstitutionInput!", institution);

    public static MutationArgument Institutions(params DesignatedInstitutionInput[] institutions) => new("institutions", "[DesignatedInstitutionInput!]!", institutions);

    public static MutationArgument InstitutionCode(string code) => new("institutionCode", "String!", code);

    public static MutationArgument Review(DesignationReviewInput review) => new("review", "DesignationReviewInput!", review);

    public static MutationArgument Area(HomeCareAreaInput area) => new("area", "HomeCareAreaInput!", area);

    public static MutationArgument AreaId(string areaId) => new("areaId", "String!", areaId);

    public static MutationArgument Hub(CollaborationHubInput hub) => new("hub", "CollaborationHubInput!", hub);

    public static MutationArgument HubId(string hubId) => new("hubId", "String!", hubId);

    public static MutationArgument Report(HubActivityReportInput report) => new("report", "HubActivityReportInput!", report);
}

/// <summary>The register mutations as a prefecture's client sends them, the records they take, and the state they are checked against.</summary>
public static class MutationRequests
{
    /// <summary>What every register mutation answers here: the prefecture's totals after the change.</summary>
    public const string Totals =
        "code version designations { total clinical nonClinical } hubs { total } areas { total } hubsByActivityStatus { status count } "
        + "review { required open withdrawn replacedByClinical kept }";

    /// <summary>Everything a prefecture's fiscal year holds, as far as these tests change it.</summary>
    private const string StateQuery = $$"""
        query ($code: String!, $year: Int!) {
          prefecture(code: $code, fiscalYear: $year) {
            {{Totals}}
            revisions(first: 100) { totalCount items { version operation idempotencyKey } }
            register {
              areas(first: 100) { totalCount items { areaId name municipalityCodes } }
              hubs(first: 100) { totalCount items { hubId areaIds activityStatus } }
              institutions(first: 100) { totalCount items { institutionCode name kind status review { outcome reason replacementInstitutionCode decidedOn } } }
            }
          }
        }
        """;

    /// <summary>
    /// Sends one register mutation for <paramref name="prefecture"/> and <paramref name="year"/>, selecting <see cref="Totals"/>;
    /// <paramref name="idempotencyKey"/> goes in the argument (null sends none).
    /// </summary>
    public static Task<GraphQLResponse> MutateAsync(
        this HttpClient editor, string mutation, string prefecture, int year, string? idempotencyKey = null, params MutationArgument[] arguments)
    {
        var (document, variables) = Document(mutation, prefecture, year, idempotencyKey, arguments);
        return editor.PostGraphQLAsync(document, variables);
    }

    /// <summary>The document and variables of <see cref="MutateAsync"/>, for tests that send them another way.</summary>
    public static (string Document, Dictionary<string, object?> Variables) Document(
        string mutation, string prefecture, int year, string? idempotencyKey, params MutationArgument[] arguments)
    {
        var definitions = string.Concat(arguments.Select(a => $", ${a.Name}: {a.Type}"));
        var uses = string.Concat(arguments.Select(a => $", {a.Name}: ${a.Name}"));
        var document = $"mutation ($prefecture: String!, $year: Int!, $key: String{definitions}) {{ {mutation}(prefecture: $prefecture, fiscalYear: $year, idempotencyKey: $key{uses}) {{ {Totals} }} }}";
        var variables = new Dictionary<string, object?> { ["prefecture"] = prefecture, ["year"] = year, ["key"] = idempotencyKey };
        foreach (var argument in arguments)
        {
            variables[argument.Name] = argument.Value;
        }

        return (document, variables);
    }

    /// <summary>Sends a GraphQL request with the <c>Idempotency-Key</c> header.</summary>
    public static async Task<GraphQLResponse> PostGraphQLWithKeyHeaderAsync(this HttpClient client, string idempotencyKey, string query, object? variables = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Add(HomeCareHeaders.IdempotencyKey, idempotencyKey);
        using var response = await client.SendAsync(request);
        return new GraphQLResponse(response.StatusCode, response.Content.Headers.ContentType?.MediaType, JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
    }

    /// <summary>The prefecture's totals, revisions and register for the year; compare two reads to show a request changed nothing.</summary>
    public static async Task<JsonNode> StateAsync(this HttpClient reader, string prefecture, int year)
    {
        var response = await reader.PostGraphQLAsync(StateQuery, new { code = prefecture, year });
        Assert.True(response.Errors.Count == 0, response.Body.ToJsonString());
        return response.Data!["prefecture"]!;
    }

    /// <summary>The mutation was accepted: no errors; its totals.</summary>
    public static JsonNode Accepted(this GraphQLResponse response, string mutation)
    {
        Assert.True(response.Errors.Count == 0, response.Body.ToJsonString());
        return response.Data![mutation]!;
    }

    /// <summary>The mutation was refused with <paramref name="code"/> errors only and no result; the errors' <c>extensions.field</c> values ("" where none).</summary>
    public static string[] Refused(this GraphQLResponse response, string mutation, string code = "VALIDATION_FAILED")
    {
        Assert.True(response.Errors.Count > 0, response.Body.ToJsonString());
        Assert.All(response.ErrorCodes, c => Assert.Equal(code, c));
        Assert.Null(response.Data?[mutation]);
        return [.. response.Errors.Select(e => e?["extensions"]?["field"]?.GetValue<string>() ?? "")];
    }

    public static long Version(this JsonNode totals) => totals["version"]!.GetValue<long>();

    public static int Designations(this JsonNode totals, string count = "total") => totals["designations"]![count]!.GetValue<int>();

    /// <summary>How many hubs have <paramref name="status"/>, from <c>hubsByActivityStatus</c>.</summary>
    public static int HubsWithStatus(this JsonNode totals, string status) =>
        totals["hubsByActivityStatus"]!.AsArray().Single(s => s!["status"]!.GetValue<string>() == status)!["count"]!.GetValue<int>();

    /// <summary>The institution <paramref name="code"/> as the register lists it.</summary>
    public static JsonNode InstitutionIn(this JsonNode state, string code) =>
        state["register"]!["institutions"]!["items"]!.AsArray().Single(i => i!["institutionCode"]!.GetValue<string>() == code)!;

    public static HomeCareAreaInput Area(string areaId, params string[] municipalityCodes) =>
        new(areaId, $"テスト圏域 {areaId}", "SECONDARY_MEDICAL_AREA", municipalityCodes);

    public static CollaborationHubInput Hub(string hubId, string municipalityCode, params string[] areaIds) =>
        new(hubId, $"テスト拠点 {hubId}", "MEDICAL_ASSOCIATION", municipalityCode, areaIds);

    /// <summary>A designation made on 1 May of <paramref name="year"/>.</summary>
    public static DesignatedInstitutionInput Institution(
        string code, string kind, string municipalityCode, int year, string? areaId = null, string status = DesignatedInstitutionInput.Active, string? name = null) =>
        new(code, name ?? $"テスト機関 {code}", kind, municipalityCode, areaId, ["DAILY_CARE_SUPPORT", "END_OF_LIFE_CARE"], Provides24Hours: true,
            string.Create(CultureInfo.InvariantCulture, $"{year}-05-01"), status);

    public static DesignationReviewInput Review(string outcome, int year, string? reason = null, string? replacementInstitutionCode = null) =>
        new(outcome, reason, replacementInstitutionCode, string.Create(CultureInfo.InvariantCulture, $"{year}-09-01"));

    /// <summary>A hub's activity report: <paramref name="meetings"/> meetings in June of the year, and the first <paramref name="dutiesDone"/> of the five duties done.</summary>
    public static HubActivityReportInput Report(string hubId, int year, int meetings, int dutiesDone) => new(
        hubId,
        [.. Enumerable.Range(1, meetings)
            .Select(day => new HubMeetingInput(string.Create(CultureInfo.InvariantCulture, $"{year}-06-{day:D2}"), ["MEDICAL", "LONG_TERM_CARE"]))],
        [.. new[] { "STAKEHOLDER_MEETINGS", "SERVICE_COORDINATION", "ROUND_THE_CLOCK_RESPONSE", "STAFF_TRAINING", "PUBLIC_AWARENESS" }
            .Select((duty, i) => new HubDutyReportInput(duty, i < dutiesDone, Note: null))],
        DisasterPreparednessSupport: false,
        DisasterPreparednessNote: null,
        TrainingSessions: 1,
        AwarenessEvents: 0);

    /// <summary>A fresh idempotency key, as a client would make one.</summary>
    public static string NewKey() => Guid.NewGuid().ToString();
}
