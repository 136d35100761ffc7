using System.Text.Json;
using HomeCareNational.Abstractions;
using HomeCareNational.Domain.Summaries;
using HomeCareNational.Storage.AzureTable.History;
using static HomeCareNational.Storage.AzureTable.Tests.History.HistoryTestData;

namespace HomeCareNational.Storage.AzureTable.Tests.History;

public sealed class HistoryJsonTests
{
    [Fact]
    public void A_totals_snapshot_round_trips_with_every_count_keyed_by_enum_name()
    {
        var snapshot = Snapshot(2024, 5, Start);

        var json = JsonSerializer.Serialize(snapshot, StoredJson.HistoryRows);
        var read = JsonSerializer.Deserialize<TotalsSnapshot>(json, StoredJson.HistoryRows);

        Assert.Equal(snapshot, read);
        Assert.Contains("\"Hospital\":", json);
        Assert.Contains("\"HomeCareSupportHospitals\":", json);
    }

    [Fact]
    public void Counts_that_differ_in_one_key_make_different_snapshots()
    {
        var snapshot = Snapshot(2024, 5, Start);
        var indicators = snapshot.Totals.Indicators.ToDictionary();
        indicators[indicators.Keys.First()]++;

        Assert.NotEqual(snapshot, snapshot with { Totals = snapshot.Totals with { Indicators = indicators } });
    }

    [Fact]
    public void Record_changes_keep_the_records_json_and_japanese_text_unescaped()
    {
        var change = Event("13", 2024, 2).Changes[1];

        var json = JsonSerializer.Serialize(change, StoredJson.HistoryRows);

        Assert.Contains("\"Kind\":\"Hub\"", json);
        Assert.Contains("新拠点", json);
        Assert.Equal(change, JsonSerializer.Deserialize<HomeCareNational.Abstractions.History.RecordChange>(json, StoredJson.HistoryRows));
    }
}
