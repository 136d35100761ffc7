using System.Collections.Immutable;
using HomeCareNational.Domain.Edits;

namespace HomeCareNational.Domain.Tests;

/// <summary>Activity reports, reviews and edit helpers for Okayama (33) FY2024, next to <see cref="Samples"/>.</summary>
internal static class ActivitySamples
{
    public static readonly DateOnly InYear = new(2024, 6, 10);

    public static readonly DateOnly DecidedOn = new(2024, 9, 30);

    /// <summary>A report with <paramref name="meetings"/> meetings and the first <paramref name="dutiesDone"/> duties done, the rest reported not done.</summary>
    public static HubActivityReport Report(string hubId, int meetings, int dutiesDone) =>
        new(
            hubId,
            [.. Enumerable.Range(0, meetings).Select(m => new HubMeeting(InYear.AddDays(m * 30), AttendeeCategories.Medical | AttendeeCategories.LongTermCare))],
            [.. Enum.GetValues<HubDuty>().Select((d, i) => new HubDutyReport(d, i < dutiesDone, null))],
            DisasterPreparednessSupport: false,
            DisasterPreparednessNote: null,
            TrainingSessions: 0,
            AwarenessEvents: 0);

    /// <summary>A report listing exactly the given duties, each done.</summary>
    public static HubActivityReport ReportOfDuties(string hubId, int meetings, params HubDuty[] done) =>
        Report(hubId, meetings, 0) with { Duties = [.. done.Select(d => new HubDutyReport(d, true, null))] };

    public static CollaborationHub Hub(string hubId, HubOperatorKind kind, params string[] areaIds) =>
        RegisterRecords.Hub(hubId, $"（テスト）拠点{hubId}", "33101", areaIds, kind);

    public static DesignatedInstitution Designation(string code, InstitutionKind kind, string? areaId, DesignationStatus status = DesignationStatus.Active, DesignationReview? review = null) =>
        RegisterRecords.Institution(code, $"（テスト）{code}", "33101", new DateOnly(2024, 4, 1), kind, areaId, status: status, review: review);

    public static DesignationReview Withdrawn() => new(ReviewOutcome.Withdrawn, null, null, DecidedOn);

    public static DesignationReview ReplacedBy(string clinicalCode) => new(ReviewOutcome.ReplacedByClinical, null, clinicalCode, DecidedOn);

    public static DesignationReview Kept(string? reason = "地域に代替できる医療機関がないため") => new(ReviewOutcome.Kept, reason, null, DecidedOn);

    /// <summary>Validates the edit against <paramref name="current"/>, asserts it is accepted, and applies it.</summary>
    public static PrefectureRegister Accepted(this PrefectureRegister current, RegisterEdit edit)
    {
        var errors = edit.Validate(Samples.Prefecture, Samples.FiscalYear, current);
        Assert.True(errors.Count == 0, $"{edit.Operation} was refused: {string.Join("; ", errors)}");
        return edit.Apply(current);
    }

    /// <summary>The errors for an edit that must be refused.</summary>
    public static IReadOnlyList<ValidationError> Refused(this PrefectureRegister current, RegisterEdit edit)
    {
        var errors = edit.Validate(Samples.Prefecture, Samples.FiscalYear, current);
        Assert.NotEmpty(errors);
        return errors;
    }

    public static DesignatedInstitution Find(this PrefectureRegister register, string code) =>
        register.Institutions.Single(i => i.InstitutionCode == code);

    public static string[] HubIds(this PrefectureRegister register) => [.. register.Hubs.Select(h => h.HubId)];
}
