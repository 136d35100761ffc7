namespace HomeCareNational.Testing.Claims;

/// <summary>
/// A fiscal year whose reporting round the test class opens or closes: a round is one per year for the whole service,
/// so no other class in the collection may open one for that year.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true)]
public sealed class OpensRoundAttribute(int fiscalYear) : Attribute
{
    public int FiscalYear { get; } = fiscalYear;
}
