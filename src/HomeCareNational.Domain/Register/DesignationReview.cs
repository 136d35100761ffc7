using HomeCareNational.Domain.Reference;

namespace HomeCareNational.Domain.Register;

/// <summary>The recorded outcome of reviewing a non-clinical designation.</summary>
/// <param name="Outcome">What was decided.</param>
/// <param name="Reason">Why; required when the designation is kept.</param>
/// <param name="ReplacementInstitutionCode">For <see cref="ReviewOutcome.ReplacedByClinical"/>: the hospital or clinic designated in its place.</param>
/// <param name="DecidedOn">The day the prefecture decided.</param>
[GenerateSerializer, Immutable]
public sealed record DesignationReview(
    [property: Id(0)] ReviewOutcome Outcome,
    [property: Id(1)] string? Reason,
    [property: Id(2)] string? ReplacementInstitutionCode,
    [property: Id(3)] DateOnly DecidedOn);
