using Azure;
using Azure.Data.Tables;
using HomeCareNational.Storage.AzureTable;
using HomeCareNational.Storage.AzureTable.History;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace HomeCareNational.Host.Health;

/// <summary>
/// Healthy when the storage account answers a cheap request: the Table service's properties, one round-trip and
/// no data read.
/// </summary>
public sealed class StorageHealthCheck(IOptions<HistoryStorageOptions> options, HomeCareTableServiceClientFactory clients) : IHealthCheck
{
    private readonly TableServiceClient service = HealthProbeClients.Service(clients, options.Value);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await service.GetPropertiesAsync(cancellationToken);
            return HealthCheckResult.Healthy("Table storage answered.");
        }
        catch (RequestFailedException failure)
        {
            // The status only: the exception's message can carry the account's address and the request's headers.
            return new HealthCheckResult(context.Registration.FailureStatus, HealthProbeClients.Describe(failure));
        }
    }
}
