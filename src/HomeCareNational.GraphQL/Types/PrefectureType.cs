using System.Collections.Immutable;
using System.Globalization;
using GraphQL.Types.Relay.DataObjects;
using HomeCareNational.Abstractions.History;
using HomeCareNational.GraphQL.Authorization;
using HomeCareNational.GraphQL.Connections;
using HomeCareNational.GraphQL.Errors;

namespace HomeCareNational.GraphQL.Types;

/// <summary>A prefecture's totals.</summary>
public sealed class PrefectureType : ObjectGraphType<PrefectureView>
{
    private const string Since = "since";
    private const string Version = "version";
    private const string FromVersion = "fromVersion";
    private const string ToVersion = "toVersion";

    public PrefectureType()
    {
        Name = NodeTypeNames.Prefecture;
        Description = "A prefecture (都道府県), a tenant of the service, and its totals for one fiscal year; or as they were at an instant (`asOf`).";
        this.ImplementNode(NodeIds.Of);
        Field<NonNullGraphType<StringGraphType>>("code").Description("JIS X 0401 code, \"01\" to \"47\".").Resolve(c => c.Source.Prefecture.Code);
        Field<NonNullGraphType<StringGraphType>>("nameJa").Description("Japanese name, e.g. 岡山県.").Resolve(c => c.Source.Prefecture.NameJa);
        Field<NonNullGraphType<StringGraphType>>("nameEn").Description("Romanised name, e.g. Okayama.").Resolve(c => c.Source.Prefecture.NameEn);
        Field<NonNullGraphType<RegionType>>("region")
            .Description("The region the prefecture belongs to, with its totals for the same fiscal year (as of the same instant, if any).")
            .ResolveAsync(async c => await Readers.Totals(c).RegionAsync(c.Source.Region.Code, c.Source.FiscalYear, c.Source.ReadAsOf));
        this.AddNationalLink();
        this.AddTotalsFields(async (reader, prefecture, year) => await reader.PrefectureAsync(prefecture.Prefecture.Code, year, prefecture.ReadAsOf));
        this.AddTotalsHistoryFields();
        this.AddOfficialField(prefecture => [prefecture.Prefecture.Code]);
        Field<PrefectureRegisterType>("register")
            .Description("The register itself, institution by institution, as it is now (`asOf` does not apply); null when nothing was submitted for the fiscal year. Ministry analysts, and the prefecture's own staff.")
            .RequireAccess(AccessPolicies.PrefectureDetail)
            .ResolveAsync(async c => await Readers.Registers(c).RegisterAsync(c.Source.Prefecture.Code, c.Source.FiscalYear));

        Field<NonNullGraphType<PageConnectionType<RevisionType>>>("revisions")
            .Description("Every accepted change of the fiscal year's register, oldest first, with who made it and how many records it touched; a page at a time. A cursor names a version, so it stays put as changes are accepted. Ministry analysts, and the prefecture's own staff.")
            .Argument<DateTimeOffsetGraphType>(Since, "Only changes accepted at or after this instant.")
            .Paged()
            .RequireAccess(AccessPolicies.PrefectureDetail)
            .ResolveAsync(async c => await RevisionsAsync(c));

        Field<RevisionDetailType>("revision")
            .Description("One accepted change of the fiscal year's register with every record it touched, before and after. VALIDATION_FAILED for a version the register does not have. Ministry analysts, and the prefecture's own staff.")
            .Argument<NonNullGraphType<IntGraphType>>(Version, "The register's version after the change, 1 to the latest `version`.")
            .RequireAccess(AccessPolicies.PrefectureDetail)
            .ResolveAsync(async c =>
            {
                var (code, year) = (c.Source.Prefecture.Code, c.Source.FiscalYear);
                var reader = Readers.Registers(c);
                var version = c.GetArgument<int>(Version);
                var committed = await reader.CommittedVersionAsync(code, year);
                CheckVersion(Version, version, 1, committed);
                return (await reader.RevisionEventsAsync(code, year, version, version)).SingleOrDefault()
                    ?? throw MissingHistory(version, version);
            });

        Field<RegisterDiffType>("diff")
            .Description($"The net change of the fiscal year's register from one version to another: each record the changes in between touched, as it was at `fromVersion` and as it is at `toVersion`, records that end as they started left out. At most {RevisionDiff.MaxSpan} versions apart. VALIDATION_FAILED, naming the argument, for a version the register does not have, `fromVersion` after `toVersion`, or a wider span. Ministry analysts, and the prefecture's own staff.")
            .Argument<NonNullGraphType<IntGraphType>>(FromVersion, "The version to compare from, 0 (the empty register before the first change) to the latest `version`.")
            .Argument<NonNullGraphType<IntGraphType>>(ToVersion, "The version to compare to, `fromVersion` to the latest `version`.")
            .RequireAccess(AccessPolicies.PrefectureDetail)
            .ResolveAsync(async c =>
            {
                var (code, year) = (c.Source.Prefecture.Code, c.Source.FiscalYear);
                var reader = Readers.Registers(c);
                var (from, to) = (c.GetArgument<int>(FromVersion), c.GetArgument<int>(ToVersion));
                var committed = await reader.CommittedVersionAsync(code, year);
                CheckVersion(FromVersion, from, 0, committed);
                CheckVersion(ToVersion, to, 0, committed);
                if (from > to)
                {
                    throw HistoryArguments.Invalid(FromVersion, string.Create(CultureInfo.InvariantCulture,
                        $"{FromVersion} is {from}, after {ToVersion} ({to}); compare an earlier version to a later one."));
                }

                if (to - from > RevisionDiff.MaxSpan)
                {
                    throw HistoryArguments.Invalid(ToVersion, string.Create(CultureInfo.InvariantCulture,
                        $"{ToVersion} is {to}, {to - from} versions after {FromVersion} ({from}); a diff spans at most {RevisionDiff.MaxSpan}. Compare in steps."));
                }

                ImmutableArray<RegisterEvent> events = from == to ? [] : await reader.RevisionEventsAsync(code, year, from + 1, to);
                return events.Length == to - from ? RevisionDiff.Of(from, to, events) : throw MissingHistory(from + 1, to);
            });
    }

    private static async Task<Connection<RevisionSummary>> RevisionsAsync(IResolveFieldContext<PrefectureView> context)
    {
        var page = PageRequest.From(context);
        var (code, year) = (context.Source.Prefecture.Code, context.Source.FiscalYear);
        var reader = Readers.Registers(context);
        var committed = await reader.CommittedVersionAsync(code, year);
        var lowest = context.GetArgument<DateTimeOffset?>(Since) is { } since ? await reader.FirstVersionSinceAsync(code, year, since) : 1;
        var window = RevisionPages.Window(lowest, committed, page);
        ImmutableArray<RevisionSummary> revisions = window.IsEmpty ? [] : await reader.RevisionsAsync(code, year, window.From, window.To);
        var edges = revisions.Select(r => new Edge<RevisionSummary> { Cursor = RevisionPages.Cursor(r.Version), Node = r }).ToList();
        return new Connection<RevisionSummary>
        {
            TotalCount = (int)window.TotalCount,
            Edges = edges,
            PageInfo = new PageInfo
            {
                HasPreviousPage = window.HasPreviousPage,
                HasNextPage = window.HasNextPage,
                StartCursor = edges.FirstOrDefault()?.Cursor,
                EndCursor = edges.LastOrDefault()?.Cursor,
            },
        };
    }

    private static void CheckVersion(string argument, long version, long lowest, long committed)
    {
        if (version < lowest || version > committed)
        {
            throw HistoryArguments.Invalid(argument, committed == 0
                ? string.Create(CultureInfo.InvariantCulture, $"{argument} is {version}, but the register has no revisions for this fiscal year.")
                : string.Create(CultureInfo.InvariantCulture, $"{argument} is {version}; the register's versions run from {lowest} to {committed}."));
        }
    }

    /// <summary>Committed versions the history does not hold: the register predates the history.</summary>
    private static ExecutionError MissingHistory(long from, long to) =>
        HomeCareErrors.NotFound(string.Create(CultureInfo.InvariantCulture,
            $"The history does not hold every revision from {from} to {to}: they were accepted before the history was kept."));
}
