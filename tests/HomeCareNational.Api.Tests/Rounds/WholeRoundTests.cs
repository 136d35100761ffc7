using System.Text.Json.Nodes;
using HomeCareNational.Abstractions.History;
using HomeCareNational.Abstractions.Rounds;
using HomeCareNational.Api.Tests.Analyses;
using HomeCareNational.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace HomeCareNational.Api.Tests.Rounds;

/// <summary>
/// A reporting round run over HTTP with real tokens, as the ministry and the prefectures run it. Each test has a round
/// of its own, FY<see cref="WholeRoundYear"/>, FY<see cref="ForbiddenYear"/> and FY<see cref="ClosedYear"/>, with the
/// prefectures it writes in those years (the class's claims).
/// </summary>
[WritesRegisters(WholeRoundYear, Tottori, Shimane, Kagawa)]
[WritesRegisters(ForbiddenYear, ForbiddenOwn, ForbiddenOther)]
[WritesRegisters(ClosedYear, ClosedPrefecture)]
[OpensRound(WholeRoundYear)]
[OpensRound(ForbiddenYear)]
[OpensRound(ClosedYear)]
[Collection(ServiceCollection.Name)]
public sealed class WholeRoundTests(ServiceFixture service)
{
    private const int WholeRoundYear = 2050;
    private const int ForbiddenYear = 2030;
    private const int ClosedYear = 2025;

    private const string Tottori = "31";
    private const string Shimane = "32";
    private const string Kagawa = "37";

    /// <summary>The editor who submits for <see cref="ForbiddenOther"/> in <see cref="ForbiddenYear"/>.</summary>
    private const string ForbiddenOwn = "01";
    private const string ForbiddenOther = "02";

    private const string ClosedPrefecture = "03";

    private const string ReturnComment = "指定医療機関の件数を基準日時点に合わせてください。";

    private const string RoundQuery = """
        query ($y: Int!) { reportingRound(fiscalYear: $y) {
          version closed counts { state count }
          prefectures { code state submittedVersion acceptedVersion returnComment currentVersion changedSinceSubmission } } }
        """;

    private static readonly string OfficialQuery = $$"""
        query ($y: Int!) {
          national(fiscalYear: $y) { official { ...official } }
          chugoku: region(code: "chugoku", fiscalYear: $y) { official { ...official } }
          shikoku: region(code: "shikoku", fiscalYear: $y) { official { ...official } }
          tottori: prefecture(code: "{{Tottori}}", fiscalYear: $y) { official { ...official } designations { total } }
          shimane: prefecture(code: "{{Shimane}}", fiscalYear: $y) { official { ...official } designations { total } }
          kagawa: prefecture(code: "{{Kagawa}}", fiscalYear: $y) { official { ...official } designations { total } } }
        fragment official on OfficialTotals { designations { total clinical nonClinical } hubs { total } areas { total } prefecturesIncluded final }
        """;

    private const string AddClinic = """
        mutation ($p: String!, $y: Int!, $i: DesignatedInstitutionInput!) { addDesignation(prefecture: $p, fiscalYear: $y, institution: $i) { version } }
        """;

    private HttpClient Analyst => service.ClientFor(AppRoles.MinistryAnalyst);

    [Fact]
    public async Task A_whole_round_ends_with_official_figures_that_are_the_sum_of_the_accepted_versions()
    {
        var started = DateTimeOffset.UtcNow;
        await OkAsync(Analyst, Open(WholeRoundYear));
        var tottori = new SmallRegister(Tottori, Clinics: 3, Pharmacies: 2, Areas: 1, Hubs: 1);
        var shimane = new SmallRegister(Shimane, Clinics: 4, Pharmacies: 1, Areas: 2, Hubs: 2);
        var kagawa = new SmallRegister(Kagawa, Clinics: 2, Pharmacies: 0, Areas: 1, Hubs: 1);
        foreach (var register in new[] { tottori, shimane, kagawa })
        {
            await register.SubmitAsync(service, WholeRoundYear);
            await OkAsync(Editor(register.Prefecture), Submit(register.Prefecture, WholeRoundYear));
        }

        var submitted = await RoundAsync(WholeRoundYear);
        Assert.All(new[] { Tottori, Shimane, Kagawa }, code => Assert.Equal("SUBMITTED", State(submitted, code)));

        await OkAsync(Analyst, Return(Shimane, WholeRoundYear, ReturnComment));
        var returned = Prefecture(await RoundAsync(WholeRoundYear), Shimane);
        Assert.Equal(("RETURNED", ReturnComment), (Text(returned, "state"), Text(returned, "returnComment")));

        // The returned prefecture corrects its register (one clinic more) and submits again.
        shimane = shimane with { Clinics = shimane.Clinics + 1 };
        await shimane.SubmitAsync(service, WholeRoundYear);
        await OkAsync(Editor(Shimane), Submit(Shimane, WholeRoundYear));
        var resubmitted = Prefecture(await RoundAsync(WholeRoundYear), Shimane);
        Assert.Equal("SUBMITTED", Text(resubmitted, "state"));
        Assert.Equal(Long(resubmitted, "currentVersion"), Long(resubmitted, "submittedVersion"));
        Assert.Equal(ReturnComment, Text(resubmitted, "returnComment"));

        // Accepting twice answers the same and (below) leaves one history row.
        var accepted = await OkAsync(Analyst, Accept(Tottori, WholeRoundYear));
        Assert.Equal(accepted.ToJsonString(), (await OkAsync(Analyst, Accept(Tottori, WholeRoundYear))).ToJsonString());
        Assert.Equal([Tottori], accepted["acceptSubmission"]!["prefectures"]!.AsArray().Select(p => Text(p!, "code")));
        foreach (var code in new[] { Shimane, Kagawa })
        {
            await OkAsync(Analyst, Accept(code, WholeRoundYear));
        }

        await OkAsync(Analyst, Close(WholeRoundYear));
        var finished = DateTimeOffset.UtcNow;

        var official = await OfficialAsync(WholeRoundYear);
        AssertOfficial(official["national"]!, 3, tottori, shimane, kagawa);
        AssertOfficial(official["chugoku"]!, 2, tottori, shimane);
        AssertOfficial(official["shikoku"]!, 1, kagawa);
        AssertOfficial(official["tottori"]!, 1, tottori);
        AssertOfficial(official["shimane"]!, 1, shimane);
        AssertOfficial(official["kagawa"]!, 1, kagawa);
        var closed = await RoundAsync(WholeRoundYear);
        Assert.All(new[] { Tottori, Shimane, Kagawa }, code => Assert.Equal("ACCEPTED", State(closed, code)));

        // A correction after acceptance moves the live totals, not the official figures, and shows in the state.
        await OkAsync(Editor(Tottori), new(AddClinic, new { p = Tottori, y = WholeRoundYear, i = RegisterRequests.Institution("3100000099", "CLINIC", "31201") }));
        var corrected = await OfficialAsync(WholeRoundYear);
        Assert.Equal(tottori.Clinics + tottori.Pharmacies + 1, corrected["tottori"]!["designations"]!["total"]!.GetValue<int>());
        Assert.Equal(Officials(official).ToJsonString(), Officials(corrected).ToJsonString());
        var changed = Prefecture(await RoundAsync(WholeRoundYear), Tottori);
        Assert.Equal("CHANGED_SINCE_ACCEPTANCE", Text(changed, "state"));
        Assert.True(changed["changedSinceSubmission"]!.GetValue<bool>());
        Assert.Equal(Long(changed, "currentVersion") - 1, Long(changed, "acceptedVersion"));

        // Every step is in the history, once, in order, with who took it and when; the second acceptance added none.
        var history = await HistoryAsync(WholeRoundYear);
        Assert.Equal(
            [
                (RoundOperations.Open, ""), (RoundOperations.Submit, Tottori), (RoundOperations.Submit, Shimane), (RoundOperations.Submit, Kagawa),
                (RoundOperations.Return, Shimane), (RoundOperations.Submit, Shimane),
                (RoundOperations.Accept, Tottori), (RoundOperations.Accept, Shimane), (RoundOperations.Accept, Kagawa), (RoundOperations.Close, ""),
            ],
            history.Select(e => (e.Operation, string.Join(",", e.PrefectureCodes))));
        Assert.Equal(Enumerable.Range(1, history.Count).Select(v => (long)v), history.Select(e => e.Version));
        Assert.All(history, e => Assert.InRange(e.At, started, finished));
        var analyst = service.CallerFor(AppRoles.MinistryAnalyst);
        Assert.All(history, e => Assert.Equal(
            e.Operation == RoundOperations.Submit
                ? (service.CallerFor(AppRoles.PrefectureEditor, e.PrefectureCodes.Single()).ObjectId, AppRoles.PrefectureEditor, e.PrefectureCodes.Single())
                : (analyst.ObjectId, AppRoles.MinistryAnalyst, (string?)null),
            (e.By.ObjectId, e.By.Role, e.By.PrefectureCode)));
        Assert.Equal(ReturnComment, history[4].Detail);
    }

    [Fact]
    public async Task Submitting_for_another_prefecture_is_FORBIDDEN_and_changes_nothing()
    {
        await OkAsync(Analyst, Open(ForbiddenYear));
        const string own = ForbiddenOwn;
        const string other = ForbiddenOther;
        await new SmallRegister(other, Clinics: 1, Pharmacies: 0, Areas: 1, Hubs: 0).SubmitAsync(service, ForbiddenYear);
        var before = await RoundAsync(ForbiddenYear);
        var historyBefore = await HistoryAsync(ForbiddenYear);

        var refused = await PostAsync(Editor(own), Submit(other, ForbiddenYear));

        Assert.Equal(["FORBIDDEN"], refused.ErrorCodes);
        Assert.Equal(before.ToJsonString(), (await RoundAsync(ForbiddenYear)).ToJsonString());
        Assert.Equal(Steps(historyBefore), Steps(await HistoryAsync(ForbiddenYear)));
        Assert.Equal("NOT_SUBMITTED", State(before, other));
    }

    [Fact]
    public async Task Submitting_after_close_is_refused_as_ROUND_CLOSED_and_changes_nothing()
    {
        const string prefecture = ClosedPrefecture;
        await OkAsync(Analyst, Open(ClosedYear));
        // Areas only: the designations of the test registers are dated in FY2026.
        await new SmallRegister(prefecture, Clinics: 0, Pharmacies: 0, Areas: 1, Hubs: 0).SubmitAsync(service, ClosedYear);
        await OkAsync(Analyst, Close(ClosedYear));
        var before = await RoundAsync(ClosedYear);
        var historyBefore = await HistoryAsync(ClosedYear);

        var refused = await PostAsync(Editor(prefecture), Submit(prefecture, ClosedYear));

        Assert.Equal(["ROUND_CLOSED"], refused.ErrorCodes);
        Assert.Equal("fiscalYear", refused.Errors[0]!["extensions"]!["field"]!.GetValue<string>());
        Assert.Null(refused.Data!["submitToReportingRound"]);
        Assert.Equal(before.ToJsonString(), (await RoundAsync(ClosedYear)).ToJsonString());
        Assert.Equal(Steps(historyBefore), Steps(await HistoryAsync(ClosedYear)));
        Assert.Equal("NOT_SUBMITTED", State(before, prefecture));
    }

    private static void AssertOfficial(JsonNode holder, int prefecturesIncluded, params SmallRegister[] accepted)
    {
        var official = holder["official"]!;
        Assert.Equal(
            (accepted.Sum(r => r.Clinics + r.Pharmacies), accepted.Sum(r => r.Clinics), accepted.Sum(r => r.Pharmacies),
             accepted.Sum(r => r.Hubs), accepted.Sum(r => r.Areas), prefecturesIncluded, true),
            (official["designations"]!["total"]!.GetValue<int>(), official["designations"]!["clinical"]!.GetValue<int>(),
             official["designations"]!["nonClinical"]!.GetValue<int>(), official["hubs"]!["total"]!.GetValue<int>(),
             official["areas"]!["total"]!.GetValue<int>(), official["prefecturesIncluded"]!.GetValue<int>(), official["final"]!.GetValue<bool>()));
    }

    /// <summary>The answer without the live totals, to compare the official figures alone.</summary>
    private static JsonObject Officials(JsonNode answer) =>
        new(answer.AsObject().Select(p => KeyValuePair.Create(p.Key, (JsonNode?)p.Value!["official"]!.DeepClone())));

    private HttpClient Editor(string prefecture) => service.ClientFor(AppRoles.PrefectureEditor, prefecture);

    private static Request Open(int year) => new(
        "mutation ($y: Int!, $r: DateOnly!, $d: DateOnly!) { openReportingRound(fiscalYear: $y, referenceDate: $r, deadline: $d) { version } }",
        new { y = year, r = $"{year}-04-01", d = $"{year}-06-30" });

    private static Request Submit(string prefecture, int year) => new(
        "mutation ($p: String!, $y: Int!) { submitToReportingRound(prefecture: $p, fiscalYear: $y) { version } }", new { p = prefecture, y = year });

    private static Request Accept(string prefecture, int year) => new(
        "mutation ($p: String!, $y: Int!) { acceptSubmission(prefecture: $p, fiscalYear: $y) { version prefectures(state: ACCEPTED) { code acceptedVersion acceptedAt } } }",
        new { p = prefecture, y = year });

    private static Request Return(string prefecture, int year, string comment) => new(
        "mutation ($p: String!, $y: Int!, $c: String!) { returnSubmission(prefecture: $p, fiscalYear: $y, comment: $c) { version } }",
        new { p = prefecture, y = year, c = comment });

    private static Request Close(int year) => new("mutation ($y: Int!) { closeReportingRound(fiscalYear: $y) { version } }", new { y = year });

    private static Task<GraphQLResponse> PostAsync(HttpClient client, Request request) => client.PostGraphQLAsync(request.Query, request.Variables);

    private static async Task<JsonNode> OkAsync(HttpClient client, Request request)
    {
        var response = await PostAsync(client, request);
        Assert.True(response.Errors.Count == 0, response.Body.ToJsonString());
        return response.Data!;
    }

    private async Task<JsonNode> RoundAsync(int year) => (await OkAsync(Analyst, new(RoundQuery, new { y = year })))["reportingRound"]!;

    private async Task<JsonNode> OfficialAsync(int year) => await OkAsync(Analyst, new(OfficialQuery, new { y = year }));

    /// <summary>The round's steps as the service stored them in its history table: version, operation, prefectures and when.</summary>
    private async Task<IReadOnlyList<RoundEvent>> HistoryAsync(int year)
    {
        var version = (await RoundAsync(year))["version"]!.GetValue<long>();
        return await service.Services.GetRequiredService<IRoundHistory>().ReadAsync(year, version);
    }

    private static IEnumerable<(long, string, DateTimeOffset)> Steps(IEnumerable<RoundEvent> history) =>
        history.Select(e => (e.Version, e.Operation, e.At));

    private static JsonNode Prefecture(JsonNode round, string code) => round["prefectures"]!.AsArray().Single(p => Text(p!, "code") == code)!;

    private static string State(JsonNode round, string code) => Text(Prefecture(round, code), "state");

    private static string Text(JsonNode node, string name) => node[name]!.GetValue<string>();

    private static long Long(JsonNode node, string name) => node[name]!.GetValue<long>();

    private sealed record Request(string Query, object Variables);

    /// <summary>A register made of counts (<see cref="SmallRegisters"/>), so the test knows its totals without the service.</summary>
    private sealed record SmallRegister(string Prefecture, int Clinics, int Pharmacies, int Areas, int Hubs)
    {
        public Task SubmitAsync(ServiceFixture service, int year) =>
            SmallRegisters.SubmitAsync(service, Prefecture, year, Clinics, Pharmacies, Areas, Hubs);
    }
}
