namespace HomeCareNational.GraphQL.Types;

/// <summary>The national totals.</summary>
public sealed class NationalType : ObjectGraphType<NationalView>
{
    public NationalType()
    {
        Name = "National";
        Description = "Totals for all of Japan for one fiscal year, kept current by the regions as prefectures submit.";
        this.AddTotalsFields();
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RegionType>>>>("regions")
            .Description("The regions, in the configured grouping's order.")
            .ResolveAsync(async c => await c.RequestServices!.GetRequiredService<TotalsReader>().RegionsAsync(c.Source.FiscalYear));
    }
}
