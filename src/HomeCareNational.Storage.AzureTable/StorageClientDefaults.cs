using Azure.Core;
using Azure.Data.Tables;

namespace HomeCareNational.Storage.AzureTable;

/// <summary>
/// Azure SDK settings for every table client of the service: a request that cannot reach storage fails within about
/// a second (3 tries, 0.2 s then 0.4 s apart), and one that hangs within 3 × 10 s, so a mutation during an outage is
/// refused fast instead of waiting out the SDK's defaults (4 tries, 100 s each).
/// </summary>
public static class StorageClientDefaults
{
    public const int MaxRetries = 2;

    public static readonly TimeSpan RetryDelay = TimeSpan.FromMilliseconds(200);

    public static readonly TimeSpan NetworkTimeout = TimeSpan.FromSeconds(10);

    public static TableClientOptions Create()
    {
        var options = new TableClientOptions();
        options.Retry.Mode = RetryMode.Exponential;
        options.Retry.MaxRetries = MaxRetries;
        options.Retry.Delay = RetryDelay;
        options.Retry.MaxDelay = TimeSpan.FromSeconds(1);
        options.Retry.NetworkTimeout = NetworkTimeout;
        return options;
    }
}
