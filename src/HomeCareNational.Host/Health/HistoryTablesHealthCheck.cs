using Azure;
using Azure.Data.Tables;
using HomeCareNational.Storage.AzureTable;
using HomeCareNational.Storage.AzureTable.History;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace HomeCareNational.Host.Health;

/// <summary>
/// Healthy when every history table (register, totals and reporting rounds) answers a query for one row's keys. A table that does not
/// exist yet is Degraded, not Unhealthy: the history creates it on its first write.
/// </summary>
public sealed class HistoryTablesHealthCheck(IOptions<HistoryStorageOptions> options, HomeCareTableServiceClientFactory clients) : IHealthCheck
{
    private readonly TableClient[] tables = Tables(clients, options.Value);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var missing = new List<string>();
        foreach (var table in tables)
        {
            try
            {
                await using var rows = table.QueryAsync<TableEntity>(maxPerPage: 1, select: [nameof(ITableEntity.PartitionKey)], cancellationToken: cancellationToken)
                    .AsPages().GetAsyncEnumerator(cancellationToken);
                await rows.MoveNextAsync();
            }
            catch (RequestFailedException failure) when (failure.Status == StatusCodes.Status404NotFound)
            {
                missing.Add(table.Name);
            }
            catch (RequestFailedException failure)
            {
                return new HealthCheckResult(context.Registration.FailureStatus, $"{table.Name}: {HealthProbeClients.Describe(failure)}");
            }
        }

        return missing.Count == 0
            ? HealthCheckResult.Healthy("The history tables answered.")
            : HealthCheckResult.Degraded($"Not created yet (created on the first write): {string.Join(", ", missing)}.");
    }

    private static TableClient[] Tables(HomeCareTableServiceClientFactory clients, HistoryStorageOptions settings)
    {
        var service = HealthProbeClients.Service(clients, settings);
        return
        [
            service.GetTableClient(settings.RegisterTableName),
            service.GetTableClient(settings.TotalsTableName),
            service.GetTableClient(settings.RoundTableName),
        ];
    }
}
