namespace HomeCareNational.GraphQL.Types;

/// <summary>The national totals.</summary>
public sealed class NationalType : ObjectGraphType<NationalView>
{
    public NationalType()
    {
        Name = NodeTypeNames.National;
        Description = "Totals for all of Japan for one fiscal year, kept current by the regions as prefectures submit.";
        this.ImplementNode();
        this.AddTotalsFields(async (reader, _, year) => await reader.NationalAsync(year));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RegionType>>>>("regions")
            .Description("The regions, in the configured grouping's order, with their totals for the same fiscal year.")
            .ResolveAsync(async c => await TotalsReader.Of(c).RegionsAsync(c.Source.FiscalYear));
    }
}
