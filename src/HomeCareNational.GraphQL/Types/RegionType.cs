namespace HomeCareNational.GraphQL.Types;

/// <summary>A region's totals.</summary>
public sealed class RegionType : ObjectGraphType<RegionView>
{
    public RegionType()
    {
        Name = "Region";
        Description = "A group of prefectures (地方ブロック) and their totals for one fiscal year.";
        Field<NonNullGraphType<StringGraphType>>("code").Description("The region's code, e.g. chugoku.").Resolve(c => c.Source.Region.Code);
        Field<NonNullGraphType<StringGraphType>>("nameJa").Description("Japanese name, e.g. 中国.").Resolve(c => c.Source.Region.NameJa);
        Field<NonNullGraphType<StringGraphType>>("nameEn").Description("English name, e.g. Chugoku.").Resolve(c => c.Source.Region.NameEn);
        this.AddTotalsFields();
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PrefectureType>>>>("prefectures")
            .Description("The member prefectures with their totals, in JIS code order.")
            .ResolveAsync(async c => await c.RequestServices!.GetRequiredService<TotalsReader>().PrefecturesOfAsync(c.Source.Region, c.Source.FiscalYear));
    }
}
