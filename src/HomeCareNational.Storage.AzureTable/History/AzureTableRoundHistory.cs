using System.Collections.Immutable;
using System.Globalization;
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
public sealed class AzureTableRoundHistory(IOptions<HistoryStorageOptions> options, HomeCareTableServiceClientFactory clients) : IRoundHistory
{
    /// <summary>The property holding the RoundEvent as JSON.</summary>
    private const string EventProperty = "Event";

    private readonly JsonHistoryTable<RoundEvent> table = JsonHistoryTable<RoundEvent>.Of(options, clients, settings => settings.RoundTableName, EventProperty, "round event");

    public Task AppendAsync(RoundEvent step, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(step);
        return table.WriteAsync(Partition(step.FiscalYear), RowKey(HistoryKeys.ValidVersion(step.Version, nameof(step))), step, cancellationToken);
    }

    public async Task<ImmutableArray<RoundEvent>> ReadAsync(int fiscalYear, long toVersion, CancellationToken cancellationToken = default) =>
        toVersion < 1
            ? []
            : await table.ReadAsync(Partition(fiscalYear), $"RowKey le {RowKey(Math.Min(toVersion, HistoryKeys.MaxVersion))}", cancellationToken);

    private static string Partition(int fiscalYear)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(fiscalYear);
        return string.Create(CultureInfo.InvariantCulture, $"round-{fiscalYear}");
    }

    private static string RowKey(long version) => string.Create(CultureInfo.InvariantCulture, $"{version:D12}");
}
