using HomeCareNational.Abstractions;
using HomeCareNational.Abstractions.Idempotency;
using HomeCareNational.Storage.AzureTable;
using HomeCareNational.Storage.AzureTable.GrainState;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Orleans.Storage;

namespace Orleans.Hosting;

/// <summary>Registers HomeCareNational's grain storage on a silo.</summary>
public static class GrainStateStorageSiloBuilderExtensions
{
    /// <summary>
    /// Adds grain storage <see cref="StorageNames.GrainStorage"/>: Orleans' Azure Table provider
    /// (Microsoft.Orleans.Persistence.AzureStorage) with the <see cref="CompressedJsonGrainStorageSerializer"/>, and
    /// a start-up check that refuses a store written by an earlier release. Adds <see cref="StorageNames.IdempotencyStorage"/>
    /// over the same table, whose clear deletes the row, and the <see cref="IStoredIdempotencyKeys"/> the retention
    /// sweep lists. The options are validated when the silo starts.
    /// </summary>
    /// <example>
    /// <code>
    /// silo.AddHomeCareGrainStorage(options => options.ConnectionString = connectionString);
    /// </code>
    /// </example>
    public static ISiloBuilder AddHomeCareGrainStorage(this ISiloBuilder builder, Action<GrainStateStorageOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);

        builder.Services.AddOptions<GrainStateStorageOptions>().Configure(configure).ValidateOnStart();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<GrainStateStorageOptions>, GrainStateStorageOptionsValidator>());
        builder.Services.TryAddSingleton<HomeCareTableServiceClientFactory>();
        builder.Services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>, EarlierReleaseStoreCheck>();
        builder.Services.TryAddSingleton<IStoredIdempotencyKeys, AzureTableStoredIdempotencyKeys>();
        AddProvider(builder, StorageNames.GrainStorage, deleteStateOnClear: false);
        return AddProvider(builder, StorageNames.IdempotencyStorage, deleteStateOnClear: true);
    }

    private static ISiloBuilder AddProvider(ISiloBuilder builder, string name, bool deleteStateOnClear)
    {
        builder.Services.AddKeyedSingleton<IGrainStorageSerializer, CompressedJsonGrainStorageSerializer>(name);

        // Never UseStringFormat: above 491,520 characters it silently truncates, and the state then fails to read.
        return builder.AddAzureTableGrainStorage(name, optionsBuilder =>
            optionsBuilder.Configure<IOptions<GrainStateStorageOptions>, HomeCareTableServiceClientFactory>((provider, ours, clients) =>
            {
                provider.TableServiceClient = clients.Create(ours.Value);
                provider.TableName = ours.Value.TableName;
                provider.DeleteStateOnClear = deleteStateOnClear;
            }));
    }
}
