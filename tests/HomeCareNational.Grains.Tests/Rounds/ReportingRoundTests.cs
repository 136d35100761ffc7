using HomeCareNational.Abstractions.Rounds;

namespace HomeCareNational.Grains.Tests.Rounds;

/// <summary>A fiscal year's reporting round on the grains: each step, its refusals, and the official figures it yields.</summary>
public sealed class ReportingRoundTests(SharedClusterFixture fixture) : SharedClusterTest(fixture)
{
    private const string Okayama = "33";
    private const string Hiroshima = "34";

    private static readonly ChangeAttribution Analyst =
        new("analyst-1", "（テスト）分析官", "tenant-mhlw", null, "Ministry.Analyst", false, "grain-tests");

    private static readonly DateOnly ReferenceDate = new(2030, 4, 1);
    private static readonly DateOnly Deadline = new(2099, 6, 30);

    private IReportingRoundGrain Round => Grains.GetGrain<IReportingRoundGrain>(Year);

    [Fact]
    public async Task A_whole_round_freezes_the_accepted_versions_as_the_official_figures()
    {
        await SubmitAsync(Okayama, InstitutionKind.Clinic, InstitutionKind.VisitingNurseStation);
        await SubmitAsync(Hiroshima, InstitutionKind.Hospital);
        Taken(await Round.OpenAsync(ReferenceDate, Deadline, Analyst));

        Taken(await Round.SubmitAsync(Okayama, TestAttribution.EditorOf(Okayama)));
        Taken(await Round.SubmitAsync(Hiroshima, TestAttribution.EditorOf(Hiroshima)));
        Taken(await Round.ReturnAsync(Hiroshima, "訪問看護の件数を確認してください", Analyst));
        await Grains.SubmitDesignationsAsync(Hiroshima, Year, new RegisterBuilder(Hiroshima).WithAreas(1).WithDesignations(InstitutionKind.Hospital, InstitutionKind.Clinic).Build());
        Taken(await Round.SubmitAsync(Hiroshima, TestAttribution.EditorOf(Hiroshima)));
        Taken(await Round.AcceptAsync(Okayama, Analyst));
        var accepted = Taken(await Round.AcceptAsync(Hiroshima, Analyst));

        var hiroshimaNow = (await Prefecture(Hiroshima).GetTotalsAsync(Year))!.Version;
        Assert.Equal(SubmissionState.Accepted, accepted.SubmissionOf(Hiroshima).StateAt(hiroshimaNow));
        Assert.Equal(hiroshimaNow, accepted.SubmissionOf(Hiroshima).Accepted!.Version);
        Assert.Equal("訪問看護の件数を確認してください", accepted.SubmissionOf(Hiroshima).Returned!.Comment);
        var official = accepted.OfficialTotals([Okayama, Hiroshima]);
        Assert.Equal((4, 3, 1, 2), (official.Totals.Designations.Total, official.Totals.Designations.Clinical, official.Totals.Designations.NonClinical, official.Totals.Prefectures));

        // A correction after acceptance moves the register, not the accepted version.
        await Grains.SubmitDesignationsAsync(Okayama, Year, new RegisterBuilder(Okayama).WithAreas(1).WithDesignations(InstitutionKind.Clinic).Build());
        var closed = Taken(await Round.CloseAsync(Analyst));
        var current = (await Prefecture(Okayama).GetTotalsAsync(Year))!;
        Assert.Equal(SubmissionState.ChangedSinceAcceptance, closed.SubmissionOf(Okayama).StateAt(current.Version));
        Assert.True(closed.SubmissionOf(Okayama).ChangedSinceSubmission(current.Version));
        Assert.Equal(official, closed.OfficialTotals([Okayama, Hiroshima]));

        var steps = await Round.GetHistoryAsync();
        Assert.Equal(
            [RoundOperations.Open, RoundOperations.Submit, RoundOperations.Submit, RoundOperations.Return, RoundOperations.Submit, RoundOperations.Accept, RoundOperations.Accept, RoundOperations.Close],
            steps.Select(s => s.Operation));
        Assert.Equal(Enumerable.Range(1, 8).Select(v => (long)v), steps.Select(s => s.Version));
        Assert.Equal(TestAttribution.EditorOf(Hiroshima), steps[4].By);
        Assert.Equal(Analyst, steps[^1].By);
        Assert.Equal<string>([Hiroshima], steps[3].PrefectureCodes);
    }

    [Fact]
    public async Task Steps_already_taken_change_nothing()
    {
        await SubmitAsync(Okayama, InstitutionKind.Clinic);
        Taken(await Round.OpenAsync(ReferenceDate, Deadline, Analyst));
        Taken(await Round.SubmitAsync(Okayama, TestAttribution.EditorOf(Okayama)));
        var accepted = Taken(await Round.AcceptAsync(Okayama, Analyst));

        var again = await Round.AcceptAsync(Okayama, Analyst);
        var reopened = await Round.OpenAsync(ReferenceDate, Deadline, Analyst);
        var resubmitted = await Round.SubmitAsync(Okayama, TestAttribution.EditorOf(Okayama));

        Assert.All([again, reopened, resubmitted], r => Assert.Equal((true, false), (r.Accepted, r.Changed)));
        Assert.Equal(accepted.Version, (await Round.GetAsync())!.Version);
        Assert.Equal(accepted.Version, (await Round.GetHistoryAsync()).Length);
    }

    [Fact]
    public async Task Refused_steps_name_the_field_and_change_nothing()
    {
        await SubmitAsync(Okayama, InstitutionKind.Clinic);
        Assert.Equal("fiscalYear", Refused(await Round.SubmitAsync(Okayama, TestAttribution.EditorOf(Okayama))));
        Taken(await Round.OpenAsync(ReferenceDate, Deadline, Analyst));
        var opened = (await Round.GetAsync())!;

        Assert.Equal("prefecture", Refused(await Round.SubmitAsync(Hiroshima, TestAttribution.EditorOf(Hiroshima))));
        Assert.Equal("prefecture", Refused(await Round.AcceptAsync(Okayama, Analyst)));
        Taken(await Round.SubmitAsync(Okayama, TestAttribution.EditorOf(Okayama)));
        Assert.Equal("comment", Refused(await Round.ReturnAsync(Okayama, "  ", Analyst)));
        Assert.Equal("deadline", Refused(await Round.ExtendDeadlineAsync(Deadline.AddDays(-1), Analyst)));
        var otherDates = await Round.OpenAsync(ReferenceDate, Deadline.AddDays(1), Analyst);
        Assert.Equal(("fiscalYear", RoundRefusal.InvalidInput), (Refused(otherDates), otherDates.Refusal));
        Taken(await Round.CloseAsync(Analyst));
        RoundStepResult[] afterClose =
        [
            await Round.AcceptAsync(Okayama, Analyst),
            await Round.SubmitAsync(Okayama, TestAttribution.EditorOf(Okayama)),
            await Round.ExtendDeadlineAsync(Deadline.AddDays(30), Analyst),
            await Round.OpenAsync(ReferenceDate, Deadline.AddDays(1), Analyst),
        ];
        Assert.All(afterClose, r => Assert.Equal(("fiscalYear", RoundRefusal.RoundClosed), (Refused(r), r.Refusal)));

        var closed = (await Round.GetAsync())!;
        Assert.Equal(opened.Version + 2, closed.Version);
        Assert.Equal(SubmissionState.Submitted, closed.SubmissionOf(Okayama).Stage);
    }

    [Fact]
    public async Task Extending_the_deadline_moves_it_later()
    {
        Taken(await Round.OpenAsync(ReferenceDate, Deadline, Analyst));

        var extended = Taken(await Round.ExtendDeadlineAsync(Deadline.AddDays(14), Analyst));

        Assert.Equal(Deadline.AddDays(14), extended.Deadline);
        Assert.Equal(extended, await Round.GetAsync());
    }

    private Task SubmitAsync(string prefectureCode, params InstitutionKind[] kinds) =>
        Grains.SubmitRegisterAsync(prefectureCode, Year, new RegisterBuilder(prefectureCode).WithAreas(1).WithDesignations(kinds).Build());

    private static ReportingRound Taken(RoundStepResult result)
    {
        Assert.Empty(result.Errors);
        Assert.True(result.Changed);
        return result.Round!;
    }

    private static string Refused(RoundStepResult result)
    {
        Assert.Null(result.Round);
        return Assert.Single(result.Errors).Field;
    }
}
