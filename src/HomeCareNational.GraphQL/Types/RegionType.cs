namespace HomeCareNational.GraphQL.Types;

/// <summary>A region's totals.</summary>
public sealed class RegionType : ObjectGraphType<RegionView>
{
    public RegionType()
    {
        Name = NodeTypeNames.Region;
        Description = "A group of prefectures (地方ブロック) and their totals for one fiscal year; or as they were at an instant (`asOf`).";
        this.ImplementNode(NodeIds.Of);
        Field<NonNullGraphType<StringGraphType>>("code").Description("The region's code, e.g. chugoku.").Resolve(c => c.Source.Region.Code);
        Field<NonNullGraphType<StringGraphType>>("nameJa").Description("Japanese name, e.g. 中国.").Resolve(c => c.Source.Region.NameJa);
        Field<NonNullGraphType<StringGraphType>>("nameEn").Description("English name, e.g. Chugoku.").Resolve(c => c.Source.Region.NameEn);
        this.AddNationalLink();
        this.AddTotalsFields(async (reader, region, year) => await reader.RegionAsync(region.Region.Code, year, region.ReadAsOf));
        this.AddTotalsHistoryFields();
        this.AddOfficialField(region => region.Region.PrefectureCodes);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PrefectureType>>>>("prefectures")
            .Description("The member prefectures with their totals (as of the same instant, if any), in JIS code order.")
            .ResolveAsync(async c => await Readers.Totals(c).PrefecturesOfAsync(c.Source.Region, c.Source.FiscalYear, c.Source.ReadAsOf));
    }
}
