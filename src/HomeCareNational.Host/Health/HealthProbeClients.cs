using Azure;
using Azure.Data.Tables;
using HomeCareNational.Storage.AzureTable;

namespace HomeCareNational.Host.Health;

/// <summary>
/// The table clients of the readiness checks: the service's account and settings, but one try of at most
/// <see cref="ProbeTimeout"/>, so that a probe during an outage answers within seconds instead of waiting out the retries.
/// </summary>
internal static class HealthProbeClients
{
    public static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(3);

    public static TableServiceClient Service(HomeCareTableServiceClientFactory clients, TableStorageSettings settings)
    {
        var options = StorageClientDefaults.Create();
        options.Retry.MaxRetries = 0;
        options.Retry.NetworkTimeout = ProbeTimeout;
        return clients.Create(settings, options);
    }

    /// <summary>What a probe may say of a failure: never the exception's message, which names the account and the request.</summary>
    public static string Describe(RequestFailedException failure) =>
        failure.Status == 0 ? "Storage could not be reached." : $"Storage answered {failure.Status}.";
}
