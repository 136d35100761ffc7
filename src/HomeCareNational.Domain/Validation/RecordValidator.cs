using System.Collections.Immutable;
using System.Globalization;
using HomeCareNational.Domain.Reference;
using HomeCareNational.Domain.Register;

namespace HomeCareNational.Domain.Validation;

/// <summary>
/// Checks single-record changes (add, update, retire, report, review) against the register they would change.
/// Paths start at the argument's name, e.g. <c>institution.kind</c> or <c>report.meetings[2].heldOn</c>.
/// </summary>
public static class RecordValidator
{
    /// <summary>The longest note or reason accepted.</summary>
    public const int MaxNoteLength = 2000;

    /// <summary>The most meetings one report may list.</summary>
    public const int MaxMeetings = 500;

    /// <summary>The highest count of training sessions or awareness events accepted.</summary>
    public const int MaxEventCount = 10_000;

    /// <summary>Validates a designation to add (<paramref name="isNew"/>) or to update in place.</summary>
    public static IReadOnlyList<ValidationError> ValidateDesignation(
        string prefectureCode, int fiscalYear, DesignatedInstitution institution, bool isNew, PrefectureRegister current)
    {
        var errors = RegisterValidator.ValidateInstitutions(prefectureCode, fiscalYear, [institution], current).Select(AsSingle("institution")).ToList();
        var exists = current.Institutions.Any(i => i.InstitutionCode == institution.InstitutionCode);
        if (isNew && exists)
        {
            errors.Add(new(["institution", "institutionCode"], $"institutionCode \"{FieldRules.Quote(institution.InstitutionCode)}\" is already in the register for this fiscal year; update it instead."));
        }
        else if (!isNew && !exists)
        {
            errors.Add(NotFound("institution", "institutionCode", institution.InstitutionCode, "designation"));
        }

        return errors;
    }

    /// <summary>Validates a hub to add or replace; its areas must be in the register.</summary>
    public static IReadOnlyList<ValidationError> ValidateHub(string prefectureCode, CollaborationHub hub, PrefectureRegister current) =>
        [.. RegisterValidator.ValidateHubs(prefectureCode, [hub], current).Select(AsSingle("hub"))];

    /// <summary>Validates an area to add or replace.</summary>
    public static IReadOnlyList<ValidationError> ValidateArea(string prefectureCode, HomeCareArea area, PrefectureRegister current) =>
        [.. RegisterValidator.ValidateAreas(prefectureCode, [area], PrefectureRegister.Empty).Select(AsSingle("area"))];

    /// <summary>Validates retiring a hub: it must exist.</summary>
    public static IReadOnlyList<ValidationError> ValidateHubRetirement(string hubId, PrefectureRegister current) =>
        current.Hubs.Any(h => h.HubId == hubId) ? [] : [NotFound("hubId", null, hubId, "hub")];

    /// <summary>Validates retiring an area: it must exist, and no hub or designation may still use it.</summary>
    public static IReadOnlyList<ValidationError> ValidateAreaRetirement(string areaId, PrefectureRegister current)
    {
        if (current.Areas.All(a => a.AreaId != areaId))
        {
            return [NotFound("areaId", null, areaId, "area")];
        }

        var users = current.Institutions.Where(i => i.HomeCareAreaId == areaId).Select(i => $"designation {i.InstitutionCode}")
            .Concat(current.Hubs.Where(h => h.AreaIds.Contains(areaId)).Select(h => $"hub {h.HubId}"))
            .ToList();
        return users.Count == 0
            ? []
            : [new(["areaId"], $"area \"{areaId}\" is still used by {string.Join(", ", users.Take(5))}{(users.Count > 5 ? $" and {users.Count - 5} more" : "")}; reassign them first.")];
    }

    /// <summary>Validates withdrawing a designation: it must exist.</summary>
    public static IReadOnlyList<ValidationError> ValidateWithdrawal(string institutionCode, PrefectureRegister current) =>
        current.Institutions.Any(i => i.InstitutionCode == institutionCode) ? [] : [NotFound("institutionCode", null, institutionCode, "designation")];

    /// <summary>Validates a hub's activity report for the fiscal year.</summary>
    public static IReadOnlyList<ValidationError> ValidateActivityReport(int fiscalYear, HubActivityReport report, PrefectureRegister current)
    {
        var errors = new List<ValidationError>();
        void Add(string message, RecordField field) => errors.Add(new(["report", field.Name], message) { FieldKey = field });
        void AddAt(string message, RecordField list, int item, RecordField field) =>
            errors.Add(new(["report", list.Name, Index(item), field.Name], message) { FieldKey = field, ItemIndex = item });

        if (current.Hubs.All(h => h.HubId != report.HubId))
        {
            errors.Add(NotFound("report", "hubId", report.HubId, "hub"));
        }

        if (report.Meetings.Length > MaxMeetings)
        {
            Add($"{ActivityReportFields.Meetings.Name} has {report.Meetings.Length} entries; a report may list at most {MaxMeetings}.", ActivityReportFields.Meetings);
        }

        var (first, last) = (FiscalYear.StartsOn(fiscalYear), FiscalYear.EndsOn(fiscalYear));
        for (var i = 0; i < report.Meetings.Length; i++)
        {
            var meeting = report.Meetings[i];
            if (meeting.HeldOn < first || meeting.HeldOn > last)
            {
                AddAt(string.Create(CultureInfo.InvariantCulture, $"{MeetingFields.HeldOn.Name} {meeting.HeldOn:yyyy-MM-dd} is outside fiscal year {fiscalYear} ({first:yyyy-MM-dd} to {last:yyyy-MM-dd})."), ActivityReportFields.Meetings, i, MeetingFields.HeldOn);
            }

            if (meeting.Attendees == AttendeeCategories.None || (meeting.Attendees & ~AttendeeCategories.All) != 0)
            {
                AddAt($"{MeetingFields.Attendees.Name} must name at least one of 医療, 介護, 障害福祉, 地域包括支援センター, 行政, and nothing else.", ActivityReportFields.Meetings, i, MeetingFields.Attendees);
            }
        }

        for (var i = 0; i < report.Duties.Length; i++)
        {
            var duty = report.Duties[i];
            if (FieldRules.Defined(DutyFields.Duty, duty.Duty) is { } undefined)
            {
                AddAt(undefined, ActivityReportFields.Duties, i, DutyFields.Duty);
            }
            else if (report.Duties.Take(i).Any(d => d.Duty == duty.Duty))
            {
                AddAt($"{DutyFields.Duty.Name} {duty.Duty} is reported twice; report each of the five duties once.", ActivityReportFields.Duties, i, DutyFields.Duty);
            }

            if (NoteProblem(DutyFields.Note, duty.Note) is { } note)
            {
                AddAt(note, ActivityReportFields.Duties, i, DutyFields.Note);
            }
        }

        var missing = Enum.GetValues<HubDuty>().Where(d => report.Duties.All(r => r.Duty != d)).ToList();
        if (missing.Count > 0)
        {
            Add($"{ActivityReportFields.Duties.Name} does not report {string.Join(", ", missing)}; report each of the five duties once, done or not.", ActivityReportFields.Duties);
        }

        if (NoteProblem(ActivityReportFields.DisasterPreparednessNote, report.DisasterPreparednessNote) is { } disasterNote)
        {
            Add(disasterNote, ActivityReportFields.DisasterPreparednessNote);
        }

        if (CountProblem(ActivityReportFields.TrainingSessions, report.TrainingSessions) is { } training)
        {
            Add(training, ActivityReportFields.TrainingSessions);
        }

        if (CountProblem(ActivityReportFields.AwarenessEvents, report.AwarenessEvents) is { } awareness)
        {
            Add(awareness, ActivityReportFields.AwarenessEvents);
        }

        return errors;
    }

    /// <summary>Validates a full replacement of the fiscal year's activity reports: each as one report, at most one per hub.</summary>
    public static IReadOnlyList<ValidationError> ValidateActivityReports(int fiscalYear, IReadOnlyList<HubActivityReport> reports, PrefectureRegister current)
    {
        var errors = new List<ValidationError>();
        if (reports.Count > current.Hubs.Length)
        {
            errors.Add(new(["reports"], string.Create(CultureInfo.InvariantCulture, $"reports has {reports.Count} entries but the register has {current.Hubs.Length} hubs; at most one report per hub.")));
        }

        for (var i = 0; i < reports.Count; i++)
        {
            var index = Index(i);
            // A report's own fields are fields of the i-th report; a meeting's or duty's keep their own index.
            var item = i;
            errors.AddRange(ValidateActivityReport(fiscalYear, reports[i], current).Select(e => e with { Path = ["reports", index, .. e.Path.Skip(1)], ItemIndex = e.ItemIndex ?? item }));
            if (reports.Take(i).Any(r => r.HubId == reports[i].HubId))
            {
                errors.Add(new(["reports", index, ActivityReportFields.HubId.Name], $"{ActivityReportFields.HubId.Name} \"{FieldRules.Quote(reports[i].HubId)}\" has a report already; give one report per hub.")
                {
                    FieldKey = ActivityReportFields.HubId,
                    ItemIndex = i,
                });
            }
        }

        return errors;
    }

    /// <summary>Validates recording the review outcome of a non-clinical designation.</summary>
    public static IReadOnlyList<ValidationError> ValidateReview(string institutionCode, DesignationReview review, PrefectureRegister current)
    {
        var institution = current.Institutions.FirstOrDefault(i => i.InstitutionCode == institutionCode);
        if (institution is null)
        {
            return [NotFound("institutionCode", null, institutionCode, "designation")];
        }

        var errors = new List<ValidationError>();
        void Add(string message, RecordField field) => errors.Add(new(["review", field.Name], message) { FieldKey = field });

        if (institution.Kind.IsClinical())
        {
            errors.Add(new(["institutionCode"], $"designation {institutionCode} is a {institution.Kind.Info().LabelJa}: only non-clinical designations are reviewed."));
        }

        if (FieldRules.Defined(ReviewFields.Outcome, review.Outcome) is { } undefined)
        {
            Add(undefined, ReviewFields.Outcome);
        }

        if (review.Outcome == ReviewOutcome.Kept && string.IsNullOrWhiteSpace(review.Reason))
        {
            Add($"{ReviewFields.Reason.Name} is required when a designation is kept.", ReviewFields.Reason);
        }

        if (review.Outcome == ReviewOutcome.Kept && institution.Status == DesignationStatus.Withdrawn)
        {
            Add($"designation {institutionCode} is withdrawn, so it cannot be kept; designate it again first.", ReviewFields.Outcome);
        }

        if (NoteProblem(ReviewFields.Reason, review.Reason) is { } reason)
        {
            Add(reason, ReviewFields.Reason);
        }

        if (review.Outcome == ReviewOutcome.ReplacedByClinical)
        {
            var replacement = current.Institutions.FirstOrDefault(i => i.InstitutionCode == review.ReplacementInstitutionCode);
            if (replacement is null || replacement.Status != DesignationStatus.Active || !replacement.Kind.IsClinical())
            {
                Add($"{ReviewFields.ReplacementInstitutionCode.Name} \"{FieldRules.Quote(review.ReplacementInstitutionCode)}\" must name a hospital or clinic designated in this fiscal year's register.", ReviewFields.ReplacementInstitutionCode);
            }
        }
        else if (review.ReplacementInstitutionCode is not null)
        {
            Add($"{ReviewFields.ReplacementInstitutionCode.Name} is only given when the outcome is {ReviewOutcome.ReplacedByClinical}.", ReviewFields.ReplacementInstitutionCode);
        }

        return errors;
    }

    private static Func<ValidationError, ValidationError> AsSingle(string argument) =>
        error => error with { Path = error.Path.Length > 2 ? [argument, .. error.Path.Skip(2)] : [argument], ItemIndex = null };

    private static ValidationError NotFound(string argument, string? field, string? id, string what) =>
        new(field is null ? [argument] : [argument, field], $"{field ?? argument} \"{FieldRules.Quote(id)}\" is not {(what[0] is 'a' or 'e' or 'i' or 'o' or 'u' ? "an" : "a")} {what} in the register for this fiscal year.");

    private static string Index(int i) => i.ToString(CultureInfo.InvariantCulture);

    private static string? NoteProblem(RecordField field, string? note) =>
        note is not null && note.Length > MaxNoteLength ? $"{field.Name} is {note.Length} characters long; the most allowed is {MaxNoteLength}." : null;

    private static string? CountProblem(RecordField field, int count) =>
        count is < 0 or > MaxEventCount ? string.Create(CultureInfo.InvariantCulture, $"{field.Name} {count} must be between 0 and {MaxEventCount}.") : null;
}
