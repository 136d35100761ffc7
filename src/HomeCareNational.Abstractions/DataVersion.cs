namespace HomeCareNational.Abstractions;

/// <summary>
/// How far the country's data has moved, for HTTP validators (ETags): cheap to read, and different whenever any
/// total a reader could see has changed.
/// </summary>
/// <param name="Changes">The sum over fiscal years of the national version: every accepted change anywhere adds to it.</param>
/// <param name="TotalsFingerprint">
/// A hash of the national totals held, for the one time they change without a new version: the start-up
/// reconciliation recounting totals that an earlier release counted. It depends on the totals' values only, so every
/// silo, and the national grain after a reactivation, gives the same one for the same data.
/// </param>
[GenerateSerializer, Immutable]
public sealed record DataVersion(
    [property: Id(0)] long Changes,
    [property: Id(1)] int TotalsFingerprint);
