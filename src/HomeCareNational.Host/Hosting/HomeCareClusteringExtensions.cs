using Azure.Data.Tables;
using HomeCareNational.Storage.AzureTable;
using HomeCareNational.Storage.AzureTable.GrainState;
using Microsoft.Extensions.Options;
using Orleans.Configuration;

namespace HomeCareNational.Host.Hosting;

/// <summary>Joins the co-hosted silo to its cluster: membership in Azure Table Storage, tuned for fast failover.</summary>
public static class HomeCareClusteringExtensions
{
    /// <summary>How often a silo probes each of its monitored peers' liveness; a missed probe counts after this long.</summary>
    public static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(1);

    /// <summary>Missed probes in a row after which a silo votes its peer dead.</summary>
    public const int MissedProbesLimit = 2;

    /// <summary>How often a silo rereads the membership table, so it learns of a death declared by others soon.</summary>
    public static readonly TimeSpan TableRefreshTimeout = TimeSpan.FromSeconds(2);

    /// <summary>How often a silo writes its "I am alive" time to the table; read only when probes cannot decide.</summary>
    public static readonly TimeSpan IAmAliveTablePublishTimeout = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Membership through the Orleans Azure Table provider in the account of grain state (table
    /// <c>OrleansSiloInstances</c>), the cluster's identity and this silo's endpoints from <see cref="SiloOptions"/> (its address by <see cref="SiloAddressSelection"/>), the
    /// membership timings above (a killed silo is out of the cluster in about 2 s), the response timeout of grain calls, and
    /// the renewal of live-totals subscriptions when a silo dies (<see cref="LiveTotalsFailover"/>).
    /// The settings are read through the validated options, so a bad one stops the silo naming its key.
    /// </summary>
    public static ISiloBuilder UseHomeCareClustering(this ISiloBuilder orleans)
    {
        // The SDK's own retries, not the stores' fail-fast ones: a membership write that outlasts an outage is worth the wait.
        orleans.UseAzureStorageClustering(clustering => clustering.Configure<IOptions<GrainStateStorageOptions>, HomeCareTableServiceClientFactory>(
            (options, storage, clients) => options.TableServiceClient = clients.Create(storage.Value, new TableClientOptions())));
        orleans.Services.AddOptions<ClusterOptions>().Configure<IOptions<SiloOptions>>((options, silo) =>
        {
            options.ClusterId = silo.Value.ClusterId;
            options.ServiceId = silo.Value.ServiceId;
        });
        orleans.Services.AddOptions<EndpointOptions>().Configure<IOptions<SiloOptions>, IConfiguration>((options, silo, configuration) =>
        {
            options.AdvertisedIPAddress = SiloAddressSelection.Choose(
                silo.Value.AdvertisedAddress, SiloAddressSelection.ListenUrls(configuration), NetworkInterfaceAddresses.OfThisMachine());
            options.SiloPort = silo.Value.SiloPort;
            options.GatewayPort = silo.Value.GatewayPort;
        });
        orleans.Services.AddOptions<SiloMessagingOptions>().Configure<IOptions<SiloOptions>>((options, silo) =>
            options.ResponseTimeout = silo.Value.ResponseTimeout);
        orleans.Services.AddHostedService<LiveTotalsFailover>();
        orleans.Configure<ClusterMembershipOptions>(options =>
        {
            options.ProbeTimeout = ProbeTimeout;
            options.NumMissedProbesLimit = MissedProbesLimit;
            options.TableRefreshTimeout = TableRefreshTimeout;
            options.IAmAliveTablePublishTimeout = IAmAliveTablePublishTimeout;
        });
        return orleans;
    }
}
