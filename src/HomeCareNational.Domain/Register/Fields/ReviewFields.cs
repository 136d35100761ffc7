using System.Collections.Immutable;

namespace HomeCareNational.Domain.Register;

/// <summary>The fields of <see cref="DesignationReview"/>.</summary>
public static class ReviewFields
{
    public static RecordField Outcome { get; } = new(
        "outcome",
        "What was decided.",
        "Withdrawn, replaced by a hospital or clinic, or kept. Withdrawn and replaced designations go out of force.");

    public static RecordField Reason { get; } = new(
        "reason",
        "Why; always given when the designation was kept.",
        "Why; required when the designation is kept (at most 2,000 characters).");

    public static RecordField ReplacementInstitutionCode { get; } = new(
        "replacementInstitutionCode",
        "For REPLACED_BY_CLINICAL: the institution code of the hospital or clinic designated in its place; otherwise null.",
        "For REPLACED_BY_CLINICAL only: the hospital or clinic designated in its place, already in the register.");

    public static RecordField DecidedOn { get; } = new("decidedOn", "The day the prefecture decided.");

    /// <summary>Every field, in the record's order.</summary>
    public static ImmutableArray<RecordField> All { get; } = [Outcome, Reason, ReplacementInstitutionCode, DecidedOn];
}
