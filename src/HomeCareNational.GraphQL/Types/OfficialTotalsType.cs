namespace HomeCareNational.GraphQL.Types;

/// <summary>A round's official figures, in the shape of the live totals.</summary>
public sealed class OfficialTotalsType : ObjectGraphType<OfficialTotalsView>
{
    public OfficialTotalsType()
    {
        Name = "OfficialTotals";
        Description = "The official figures of a fiscal year's reporting round (公表値): the sum of the versions of the registers the ministry accepted, in the same shape as the live totals. "
            + "While the round is open they grow as submissions are accepted; once it is closed (`final`) they never change, whatever the registers do since. `version` is the sum of the accepted versions, `asOf` the latest acceptance.";
        this.AddTotalsFields(async (reader, official, year) =>
            (ITotalsView?)await reader.OfficialAsync(year, official.PrefectureCodes) ?? new OfficialTotalsView(year, EmptyOf(year), false, official.PrefectureCodes));
        Field<NonNullGraphType<IntGraphType>>("prefecturesIncluded").Description("How many prefectures' accepted versions the figures include.").Resolve(c => c.Source.Snapshot.Totals.Prefectures);
        Field<NonNullGraphType<IntGraphType>>("prefecturesInScope").Description("How many prefectures the nation, region or prefecture has (47 for the nation).").Resolve(c => c.Source.PrefectureCodes.Count);
        Field<NonNullGraphType<BooleanGraphType>>("final").Description("True once the round is closed: the figures are final.").Resolve(c => c.Source.Final);
    }

    /// <summary>A year without a round compares as zeros, as a year without data does in the live totals.</summary>
    private static TotalsSnapshot EmptyOf(int year) => new(year, RegisterTotals.Empty, 0, DateTimeOffset.MinValue);
}
