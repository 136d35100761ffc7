namespace HomeCareNational.GraphQL.Types;

/// <summary>How totals changed between two fiscal years, or since an instant.</summary>
public sealed class TotalsChangeType : ObjectGraphType<TotalsChange>
{
    public TotalsChangeType()
    {
        Name = "TotalsChange";
        Description = "How the totals changed from a baseline to the totals compared: another fiscal year (`compareTo`) or the same fiscal year as of an earlier instant (`changeSince`). Each figure is the compared totals' minus the baseline's, so a fall is negative. A year, or an instant, without data counts as all zero.";
        Field<NonNullGraphType<FiscalYearType>>("fiscalYear").Description("The fiscal year compared.").Resolve(c => c.Source.FiscalYear);
        Field<NonNullGraphType<FiscalYearType>>("baseline").Description("The fiscal year compared to; the same year for `changeSince`.").Resolve(c => c.Source.BaselineYear);
        Field<DateTimeOffsetGraphType>("since").Description("For `changeSince`, the instant whose totals are the baseline; null for `compareTo`.").Resolve(c => c.Source.Since);
        Field(t => t.Version).Description("The `version` of the totals compared; 0 when there were none.");
        Field(t => t.BaselineVersion).Description("The `version` of the baseline totals; 0 when there were none. Equal versions mean nothing changed in between.");
        Field(t => t.Total).Description("Change in designations in force.");
        Field(t => t.Clinical).Description("Change in designated hospitals and clinics.");
        Field(t => t.NonClinical).Description("Change in designated bodies other than hospitals and clinics.");
        Field(t => t.NonClinicalShare).Description("Change in the non-clinical share, from -1 to 1 (0.05 is five percentage points more).");
        Field(t => t.ReviewOpen).Description("Change in non-clinical designations in force whose review has no outcome yet (a fall is progress).");
        Field(t => t.Hubs).Description("Change in collaboration hubs.");
        Field(t => t.Areas).Description("Change in home-care areas.");
    }
}
