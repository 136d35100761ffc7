namespace HomeCareNational.Testing.Claims;

/// <summary>
/// One thing an owner (a test class, a shared data set, the demo) writes in a shared service: a register, every
/// register of a year (<see cref="Prefecture"/> null), or a year's reporting round.
/// </summary>
public sealed record TestDataClaim(string Owner, TestDataKind Kind, int FiscalYear, string? Prefecture = null)
{
    /// <summary>Every register of <paramref name="fiscalYear"/>, as the demo loads them.</summary>
    public static TestDataClaim WholeYear(string owner, int fiscalYear) => new(owner, TestDataKind.Register, fiscalYear);

    /// <summary>Whether the two claims reach one register or one round.</summary>
    public bool Overlaps(TestDataClaim other) =>
        Kind == other.Kind && FiscalYear == other.FiscalYear
        && (Prefecture is null || other.Prefecture is null || Prefecture == other.Prefecture);

    public override string ToString() => (Kind, Prefecture) switch
    {
        (TestDataKind.Round, _) => $"the reporting round of FY{FiscalYear}",
        (_, null) => $"every register of FY{FiscalYear}",
        _ => $"prefecture {Prefecture} in FY{FiscalYear}",
    };
}
