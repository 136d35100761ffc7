namespace HomeCareNational.GraphQL.Types;

/// <summary>A fiscal year, given by the calendar year it starts in.</summary>
public sealed class FiscalYearType : ObjectGraphType<int>
{
    public FiscalYearType()
    {
        Name = "FiscalYear";
        Description = "A Japanese fiscal year (年度), April to March.";
        Field<NonNullGraphType<IntGraphType>>("year").Description("The calendar year it starts in, e.g. 2024.").Resolve(c => c.Source);
        Field<NonNullGraphType<StringGraphType>>("labelJa").Description("Japanese label, e.g. 令和6年度.").Resolve(c => FiscalYear.LabelJa(c.Source));
        Field<NonNullGraphType<DateOnlyGraphType>>("startsOn").Description("First day, e.g. 2024-04-01.").Resolve(c => FiscalYear.StartsOn(c.Source));
        Field<NonNullGraphType<DateOnlyGraphType>>("endsOn").Description("Last day, e.g. 2025-03-31.").Resolve(c => FiscalYear.EndsOn(c.Source));
    }
}
