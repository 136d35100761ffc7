namespace HomeCareNational.GraphQL.Types;

/// <summary>How totals changed between two fiscal years.</summary>
public sealed class TotalsChangeType : ObjectGraphType<TotalsChange>
{
    public TotalsChangeType()
    {
        Name = "TotalsChange";
        Description = "How the totals changed from a baseline fiscal year to the fiscal year compared: each figure is the compared year's minus the baseline's, so a fall is negative. A year without data counts as all zero.";
        Field<NonNullGraphType<FiscalYearType>>("fiscalYear").Description("The fiscal year compared.").Resolve(c => c.Source.FiscalYear);
        Field<NonNullGraphType<FiscalYearType>>("baseline").Description("The fiscal year compared to.").Resolve(c => c.Source.BaselineYear);
        Field(t => t.Total).Description("Change in designations in force.");
        Field(t => t.Clinical).Description("Change in designated hospitals and clinics.");
        Field(t => t.NonClinical).Description("Change in designated bodies other than hospitals and clinics.");
        Field(t => t.NonClinicalShare).Description("Change in the non-clinical share, from -1 to 1 (0.05 is five percentage points more).");
        Field(t => t.Hubs).Description("Change in collaboration hubs.");
        Field(t => t.Areas).Description("Change in home-care areas.");
    }
}
