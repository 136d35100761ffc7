using HomeCareNational.Domain.Reference;

namespace HomeCareNational.Domain.Summaries;

/// <summary>Something valid but probably incomplete in a register.</summary>
/// <param name="Kind">What kind of gap.</param>
/// <param name="Subject">The id of the designation, hub or area concerned.</param>
/// <param name="Message">The gap in words.</param>
[GenerateSerializer, Immutable]
public sealed record SubmissionWarning(
    [property: Id(0)] SubmissionWarningKind Kind,
    [property: Id(1)] string Subject,
    [property: Id(2)] string Message);
