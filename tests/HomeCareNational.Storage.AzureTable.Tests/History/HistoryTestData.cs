using System.Collections.Immutable;
using System.Globalization;
using HomeCareNational.Abstractions;
using HomeCareNational.Abstractions.History;
using HomeCareNational.Domain.Reference;
using HomeCareNational.Domain.Summaries;

namespace HomeCareNational.Storage.AzureTable.Tests.History;

internal static class HistoryTestData
{
    private const string Alphanumerics = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    private static readonly string[] Municipalities = ["新宿区", "世田谷区", "八王子市", "町田市", "府中市", "調布市", "練馬区", "足立区"];

    public static readonly DateTimeOffset Start = new(2024, 4, 1, 9, 30, 15, TimeSpan.FromHours(9));

    public static ChangeAttribution Editor { get; } =
        new("0f8c2d1e-oid", "東京都 在宅医療課 山田", "tenant-13", "13", "Prefecture.Editor", IsApplication: false, ClientAppId: "spa-client");

    public static ChangeAttribution PrefectureSystem { get; } =
        new("app-oid", "都システム", "tenant-13", "13", "Prefecture.Editor", IsApplication: true, ClientAppId: null);

    /// <summary>A small event: one record added, one altered, one removed.</summary>
    public static RegisterEvent Event(string prefecture, int fiscalYear, long version, string? idempotencyKey = null) =>
        new(
            prefecture,
            fiscalYear,
            version,
            Start.AddMinutes(version).AddTicks(1234567),
            "addDesignation",
            version % 2 == 0 ? Editor : PrefectureSystem,
            idempotencyKey,
            [
                new RecordChange(RecordKind.Designation, $"{prefecture}-{version:D5}", null, Designation(prefecture, (int)version, "Active")),
                new RecordChange(RecordKind.Hub, $"hub-{version}", """{"name":"旧拠点"}""", """{"name":"新拠点","note":"\"引用\""}"""),
                new RecordChange(RecordKind.Area, $"area-{version}", """{"areaId":"a1"}""", null),
            ]);

    /// <summary>
    /// An import of <paramref name="count"/> designations: a third added, a third altered, a third withdrawn, each
    /// record with a random phone number and reference so that the event compresses no better than real data
    /// (about 5 MB of JSON, 0.9 MB compressed: two chunk rows).
    /// </summary>
    public static RegisterEvent Import(string prefecture, int fiscalYear, long version, int count, int seed)
    {
        var random = new Random(seed);
        var changes = ImmutableArray.CreateBuilder<RecordChange>(count);
        for (var i = 0; i < count; i++)
        {
            var id = string.Create(CultureInfo.InvariantCulture, $"{prefecture}-{i:D5}");
            var before = Designation(prefecture, i, "Active", random);
            var after = Designation(prefecture, i, "Active", random);
            changes.Add((i % 3) switch
            {
                0 => new RecordChange(RecordKind.Designation, id, null, after),
                1 => new RecordChange(RecordKind.Designation, id, before, after),
                _ => new RecordChange(RecordKind.Designation, id, before, null),
            });
        }

        return new RegisterEvent(
            prefecture, fiscalYear, version, Start.AddDays(1), "importDesignations", Editor, "import-" + seed, changes.MoveToImmutable());
    }

    /// <summary>An event of <paramref name="count"/> changes of random text, which gzip cannot shrink much.</summary>
    public static RegisterEvent Incompressible(string prefecture, int fiscalYear, long version, int count, int charactersPerChange)
    {
        var random = new Random(count);
        var changes = Enumerable.Range(0, count)
            .Select(i => new RecordChange(RecordKind.HubActivityReport, $"hub-{i}", null, RandomText(random, charactersPerChange)))
            .ToImmutableArray();
        return new RegisterEvent(prefecture, fiscalYear, version, Start, "importActivityReports", Editor, null, changes);
    }

    public static TotalsSnapshot Snapshot(int fiscalYear, long version, DateTimeOffset asOf)
    {
        var seed = (int)version;
        var designations = new DesignationTotals(
            100 + seed, 60 + seed, 40, Enum.GetValues<InstitutionKind>().ToDictionary(kind => kind, kind => (int)kind + seed + 1));
        // By name from Empty, so that counts added to RegisterTotals later still round-trip here (with their defaults).
        var totals = RegisterTotals.Empty with
        {
            Designations = designations,
            Hubs = 7 + seed,
            Areas = 12 + seed,
            Prefectures = 1,
            HubsByOperatorKind = Enum.GetValues<HubOperatorKind>().ToDictionary(kind => kind, kind => (int)kind * 3 + seed + 1),
            AreasWithoutHub = 2,
            AreasWithoutDesignation = 1,
            Indicators = Enum.GetValues<PlanIndicator>().ToDictionary(indicator => indicator, indicator => (int)indicator * 5 + seed + 1),
        };
        return new TotalsSnapshot(fiscalYear, totals, version, asOf);
    }

    /// <summary>
    /// Compares every field: <see cref="RegisterEvent"/>'s own Equals compares <see cref="RegisterEvent.Changes"/>
    /// by reference, so it cannot tell a faithful round trip from a lossy one.
    /// </summary>
    public static void AssertSameEvent(RegisterEvent expected, RegisterEvent actual)
    {
        Assert.Equal(expected.PrefectureCode, actual.PrefectureCode);
        Assert.Equal(expected.FiscalYear, actual.FiscalYear);
        Assert.Equal(expected.Version, actual.Version);
        Assert.Equal(expected.At, actual.At);
        Assert.Equal(expected.At.Offset, actual.At.Offset);
        Assert.Equal(expected.Operation, actual.Operation);
        Assert.Equal(expected.By, actual.By);
        Assert.Equal(expected.IdempotencyKey, actual.IdempotencyKey);
        Assert.Equal(expected.Changes.Length, actual.Changes.Length);
        for (var i = 0; i < expected.Changes.Length; i++)
        {
            Assert.Equal(expected.Changes[i], actual.Changes[i]);
        }
    }

    private static string Designation(string prefecture, int number, string status, Random? random = null)
    {
        random ??= new Random(number);
        var municipality = Municipalities[random.Next(Municipalities.Length)];
        return string.Create(
            CultureInfo.InvariantCulture,
            $$"""{"institutionCode":"{{prefecture}}{{number:D8}}","name":"{{municipality}}在宅医療クリニック{{number}}","kind":"HomeCareSupportClinic","municipality":"{{municipality}}","address":"東京都{{municipality}}{{random.Next(1, 9)}}丁目{{random.Next(1, 30)}}-{{random.Next(1, 20)}}","phone":"03-{{random.Next(1000, 10000)}}-{{random.Next(1000, 10000)}}","status":"{{status}}","designatedOn":"2024-{{random.Next(4, 13):D2}}-{{random.Next(1, 29):D2}}","reference":"{{RandomText(random, 48)}}"}""");
    }

    private static string RandomText(Random random, int length) =>
        string.Create(length, random, (span, r) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = Alphanumerics[r.Next(Alphanumerics.Length)];
            }
        });
}
