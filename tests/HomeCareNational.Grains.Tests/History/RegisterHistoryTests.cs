using System.Text.Json.Nodes;
using HomeCareNational.Domain.Edits;

namespace HomeCareNational.Grains.Tests.History;

/// <summary>Every accepted edit is appended to the register history with who, when, what, before and after, and the client's key.</summary>
public sealed class RegisterHistoryTests(SharedClusterFixture fixture) : SharedClusterTest(fixture)
{
    private const string Fukuoka = "40";

    private const string Saga = "41";

    [Fact]
    public async Task Each_edit_is_an_event_with_its_records_before_and_after_and_the_idempotency_key()
    {
        var register = new RegisterBuilder(Fukuoka).WithAreas(1).WithDesignations(InstitutionKind.Clinic, InstitutionKind.Pharmacy).Build();
        await Grains.SubmitRegisterAsync(Fukuoka, Year, register);
        var by = TestAttribution.EditorOf(Fukuoka);
        var pharmacy = register.Institutions[1].InstitutionCode;

        var result = await Prefecture(Fukuoka).EditAsync(Year, new RecordReview(pharmacy, new(ReviewOutcome.Kept, "地域で唯一の訪問薬局", null, new DateOnly(Year, 6, 1))), by, "review-key-0001");

        Assert.True(result.Changed);
        var events = await Prefecture(Fukuoka).GetRevisionEventsAsync(Year, result.Totals!.Version, result.Totals.Version);
        var change = Assert.Single(Assert.Single(events).Changes);
        Assert.Equal(("recordDesignationReview", "review-key-0001", by), (events[0].Operation, events[0].IdempotencyKey, events[0].By));
        Assert.Equal((RecordKind.Designation, pharmacy), (change.Kind, change.Id));
        Assert.Null(JsonNode.Parse(change.Before!)!["review"]);
        Assert.Equal("Kept", JsonNode.Parse(change.After!)!["review"]!["outcome"]!.GetValue<string>());
        Assert.Equal(1, result.Totals.Totals.Review.Kept);
    }

    [Fact]
    public async Task Refused_and_unchanged_edits_append_nothing_and_revisions_stop_at_the_committed_version()
    {
        var register = new RegisterBuilder(Fukuoka).WithAreas(2).WithHubs(1).Build();
        await Grains.SubmitRegisterAsync(Fukuoka, Year, register);
        var before = await Prefecture(Fukuoka).GetRevisionsAsync(Year, 0, long.MaxValue);

        var refused = await Prefecture(Fukuoka).EditAsync(Year, new RetireArea("A1"), TestAttribution.EditorOf(Fukuoka));
        var unchanged = await Prefecture(Fukuoka).EditAsync(Year, new UpsertHub(register.Hubs[0]), TestAttribution.EditorOf(Fukuoka));

        Assert.Equal("areaId", Assert.Single(refused.Errors).Field);
        Assert.False(unchanged.Changed);
        Assert.Equal<RevisionSummary>(before, await Prefecture(Fukuoka).GetRevisionsAsync(Year, 0, long.MaxValue));
        Assert.Equal([1L, 2L], before.Select(r => r.Version));
        Assert.Empty(await Prefecture(Fukuoka).GetRevisionsAsync(Year, 3, 10));
    }

    [Fact]
    public async Task A_new_fiscal_year_opens_from_the_previous_years_register_in_force_without_activity_reports()
    {
        // Two years of the test's own: opening the next year writes into it, which must be no other test's.
        var year = TestFiscalYears.Next(2);
        var next = year + 1;
        var previous = new RegisterBuilder(Saga).WithAreas(1).WithHubs(1).WithDesignations(InstitutionKind.Clinic).WithWithdrawnDesignation(InstitutionKind.Pharmacy).Build();
        var by = TestAttribution.EditorOf(Saga);
        var nothingBefore = await Prefecture(Saga).OpenFiscalYearAsync(next, by);
        await Grains.SubmitRegisterAsync(Saga, year, previous);
        HubActivityReport report = new("H1", [], [.. Enum.GetValues<HubDuty>().Select(d => new HubDutyReport(d, false, null))], false, null, 0, 0);
        Assert.True((await Prefecture(Saga).EditAsync(year, new ReportHubActivity(report), by)).Accepted);

        var opened = await Prefecture(Saga).OpenFiscalYearAsync(next, by);
        var again = await Prefecture(Saga).OpenFiscalYearAsync(next, by);

        Assert.True(opened.Changed);
        var copied = (await Prefecture(Saga).GetRegisterAsync(next))!;
        Assert.Equal<HomeCareArea>([.. previous.Areas], [.. copied.Areas]);
        Assert.Equal<CollaborationHub>([.. previous.Hubs], [.. copied.Hubs]);
        Assert.Equal<DesignatedInstitution>([previous.Institutions[0]], [.. copied.Institutions]);
        Assert.Empty(copied.ActivityReports);
        Assert.Contains("already has data", Assert.Single(again.Errors).Message);
        Assert.Contains("has no register to start from", Assert.Single(nothingBefore.Errors).Message);
        Assert.Equal("openFiscalYear", Assert.Single(await Prefecture(Saga).GetRevisionsAsync(next, 1, 1)).Operation);
        await RollupInvariant.AssertConsistentAsync(Grains, next);
    }
}
