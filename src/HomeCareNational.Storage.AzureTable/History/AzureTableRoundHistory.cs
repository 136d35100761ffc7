using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Azure.Data.Tables;
using HomeCareNational.Abstractions.History;
using Microsoft.Extensions.Options;

namespace HomeCareNational.Storage.AzureTable.History;

/// <summary>
/// The reporting rounds' history in Azure Table Storage (table <see cref="HistoryStorageOptions.RoundTableName"/>).
/// </summary>
/// <remarks>
/// <para>Table layout (also in TABLE-LAYOUT.md):</para>
/// <list type="bullet">
/// <item><description><b>PartitionKey</b> = <c>round-{fiscalYear}</c>, e.g. <c>round-2024</c>: one round's whole history.</description></item>
/// <item><description><b>RowKey</b> = <c>{version:D12}</c>, so a round's steps read in order.</description></item>
/// <item><description><c>FormatVersion</c> (<c>1</c>) and <c>Event</c>, the <see cref="RoundEvent"/> as JSON.</description></item>
/// </list>
/// <para>Appending is an upsert, so the leftover of a failed write is replaced by the next step of its version.</para>
/// </remarks>
public sealed class AzureTableRoundHistory : IRoundHistory
{
    private const string EventProperty = "Event";
    private const string FormatVersionProperty = "FormatVersion";

    /// <summary>Bumped when the row layout changes so that an old build refuses rows it would misread.</summary>
    private const int CurrentFormatVersion = 1;

    private readonly HistoryTable table;

    public AzureTableRoundHistory(IOptions<HistoryStorageOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var settings = options.Value;
        table = new HistoryTable(
            new TableServiceClient(settings.ConnectionString, settings.ClientOptions).GetTableClient(settings.RoundTableName));
    }

    public async Task AppendAsync(RoundEvent step, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(step);
        var row = new TableEntity(Partition(step.FiscalYear), RowKey(HistoryKeys.ValidVersion(step.Version, nameof(step))))
        {
            [FormatVersionProperty] = CurrentFormatVersion,
            [EventProperty] = JsonSerializer.Serialize(step, HistoryJson.Options),
        };
        var client = await table.GetAsync(cancellationToken);
        await client.UpsertEntityAsync(row, TableUpdateMode.Replace, cancellationToken);
    }

    public async Task<ImmutableArray<RoundEvent>> ReadAsync(int fiscalYear, long toVersion, CancellationToken cancellationToken = default)
    {
        if (toVersion < 1)
        {
            return [];
        }

        var partitionKey = Partition(fiscalYear);
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {partitionKey} and RowKey le {RowKey(Math.Min(toVersion, HistoryKeys.MaxVersion))}");
        var client = await table.GetAsync(cancellationToken);
        var events = ImmutableArray.CreateBuilder<RoundEvent>();
        await foreach (var row in client.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            events.Add(Read(partitionKey, row));
        }

        return events.DrainToImmutable();
    }

    private static string Partition(int fiscalYear)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(fiscalYear);
        return string.Create(CultureInfo.InvariantCulture, $"round-{fiscalYear}");
    }

    private static string RowKey(long version) => string.Create(CultureInfo.InvariantCulture, $"{version:D12}");

    private RoundEvent Read(string partitionKey, TableEntity row)
    {
        var formatVersion = row.GetInt32(FormatVersionProperty);
        var json = row.GetString(EventProperty);
        try
        {
            if (formatVersion != CurrentFormatVersion || json is null)
            {
                throw new InvalidDataException(
                    $"format version {formatVersion?.ToString(CultureInfo.InvariantCulture) ?? "(none)"} (this build reads {CurrentFormatVersion}), {(json is null ? "no" : "an")} {EventProperty}");
            }

            return JsonSerializer.Deserialize<RoundEvent>(json, HistoryJson.Options) ?? throw new InvalidDataException($"{EventProperty} is null");
        }
        catch (Exception exception) when (exception is InvalidDataException or JsonException)
        {
            throw new InvalidDataException(
                $"The round event in table '{table.Name}', partition '{partitionKey}', row '{row.RowKey}' cannot be read: {exception.Message.TrimEnd('.')}.",
                exception);
        }
    }
}
