namespace HomeCareNational.GraphQL.Types;

/// <summary>The <c>official</c> field the nation, regions and prefectures share, beside their live totals.</summary>
internal static class OfficialFields
{
    /// <param name="type">The graph type of the nation, a region or a prefecture.</param>
    /// <param name="prefectureCodes">The prefectures whose accepted versions make the object's official figures.</param>
    public static void AddOfficialField<TView>(this ObjectGraphType<TView> type, Func<TView, IReadOnlyList<string>> prefectureCodes)
        where TView : ITotalsView =>
        type.Field<OfficialTotalsType>("official")
            .Description("The official figures of the fiscal year's reporting round (報告ラウンド): the sum of the register versions the ministry accepted, final once the round is closed. Null when no round was opened for the year. `asOf` does not apply.")
            .ResolveAsync(async c => await Readers.Totals(c).OfficialAsync(c.Source.FiscalYear, prefectureCodes(c.Source)));
}
