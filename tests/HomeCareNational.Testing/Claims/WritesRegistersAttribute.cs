namespace HomeCareNational.Testing.Claims;

/// <summary>
/// The registers a test class (or a data set several classes share, see <see cref="SharesRegistersAttribute"/>) writes
/// in the service its collection shares: the listed prefectures in <see cref="FiscalYear"/>, or, with none listed, every
/// prefecture of that year, for a class that reads the year's national totals as its own. <see cref="TestDataClaims"/>
/// fails the run when two owners in one collection claim the same register.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true)]
public sealed class WritesRegistersAttribute(int fiscalYear, params string[] prefectures) : Attribute
{
    public int FiscalYear { get; } = fiscalYear;

    /// <summary>The prefecture codes; empty for the whole year.</summary>
    public IReadOnlyList<string> Prefectures { get; } = prefectures;
}
