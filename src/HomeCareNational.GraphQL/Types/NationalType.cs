namespace HomeCareNational.GraphQL.Types;

/// <summary>The national totals.</summary>
public sealed class NationalType : ObjectGraphType<NationalView>
{
    private static readonly IReadOnlyList<string> AllPrefectureCodes = [.. Prefectures.All.Select(p => p.Code)];

    public NationalType()
    {
        Name = NodeTypeNames.National;
        Description = "Totals for all of Japan for one fiscal year, kept current by the regions as prefectures submit; or as they were at an instant (`asOf`).";
        this.ImplementNode(NodeIds.Of);
        this.AddTotalsFields(async (reader, national, year) => await reader.NationalAsync(year, national.ReadAsOf));
        this.AddTotalsHistoryFields();
        this.AddOfficialField(_ => AllPrefectureCodes);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RegionType>>>>("regions")
            .Description("The regions, in the configured grouping's order, with their totals for the same fiscal year (as of the same instant, if any).")
            .ResolveAsync(async c => await Readers.Totals(c).RegionsAsync(c.Source.FiscalYear, c.Source.ReadAsOf));
    }
}
