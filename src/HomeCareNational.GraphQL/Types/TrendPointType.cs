namespace HomeCareNational.GraphQL.Types;

/// <summary>One point of a trend.</summary>
public sealed class TrendPointType : ObjectGraphType<TrendPoint>
{
    public TrendPointType()
    {
        Name = "TrendPoint";
        Description = "The totals in force at one instant, exactly as they were answered then (all zero before the first change of the fiscal year).";
        Field(p => p.At).Description("The instant.");
        Field<NonNullGraphType<LongGraphType>>("version").Description("The `version` of the totals in force; 0 when there were none yet.").Resolve(c => c.Source.Snapshot?.Version ?? 0);
        Field<DateTimeOffsetGraphType>("asOf").Description("When the change that put these totals in force was accepted; null when there were none yet.").Resolve(c => c.Source.Snapshot?.AsOf);
        Field<NonNullGraphType<DesignationTotalsType>>("designations").Description("Designated institutions in force.").Resolve(c => c.Source.Totals.Designations);
        Field<NonNullGraphType<IntGraphType>>("reviewRequired")
            .Description("Non-clinical designations that need a review, whatever its state.")
            .Resolve(c => c.Source.Totals.Review.Required);
        Field<NonNullGraphType<IntGraphType>>("reviewOpen")
            .Description("Of which in force with no review outcome yet: the designations the ministry follows down to zero.")
            .Resolve(c => c.Source.Totals.Review.Open);
        Field<NonNullGraphType<IntGraphType>>("reviewWithdrawn").Description("Of which withdrawn.").Resolve(c => c.Source.Totals.Review.Withdrawn);
        Field<NonNullGraphType<IntGraphType>>("reviewReplacedByClinical").Description("Of which replaced by a hospital or clinic.").Resolve(c => c.Source.Totals.Review.ReplacedByClinical);
        Field<NonNullGraphType<IntGraphType>>("reviewKept").Description("Of which kept, with a reason.").Resolve(c => c.Source.Totals.Review.Kept);
        Field<NonNullGraphType<IntGraphType>>("hubs").Description("Collaboration hubs.").Resolve(c => c.Source.Totals.Hubs);
        Field<NonNullGraphType<IntGraphType>>("areas").Description("Home-care areas.").Resolve(c => c.Source.Totals.Areas);
    }
}
