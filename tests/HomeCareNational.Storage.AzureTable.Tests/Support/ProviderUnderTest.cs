using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.Serialization;

namespace HomeCareNational.Storage.AzureTable.Tests.Support;

/// <summary>
/// The provider as a silo would build it (same registration, validators, lifecycle start), without the silo.
/// </summary>
internal sealed class ProviderUnderTest : IAsyncDisposable
{
    public const string StorageName = "homecare";

    private readonly ServiceProvider services;

    private ProviderUnderTest(ServiceProvider services, string tableName)
    {
        this.services = services;
        TableName = tableName;
        Storage = services.GetRequiredKeyedService<IGrainStorage>(StorageName);
    }

    public IGrainStorage Storage { get; }

    public string TableName { get; }

    public static async Task<ProviderUnderTest> StartAsync(
        AzuriteFixture azurite,
        string tableName,
        Action<AzureTableGrainStorageOptions>? configure = null)
    {
        var services = Register(options =>
        {
            options.ConnectionString = azurite.ConnectionString;
            options.TableName = tableName;
            configure?.Invoke(options);
        }).BuildServiceProvider();

        var provider = new ProviderUnderTest(services, tableName);
        try
        {
            Validate(services);
            var lifecycle = new StartupLifecycle();
            foreach (var participant in services.GetServices<ILifecycleParticipant<ISiloLifecycle>>())
            {
                participant.Participate(lifecycle);
            }

            await lifecycle.StartAsync();
            return provider;
        }
        catch
        {
            await provider.DisposeAsync();
            throw;
        }
    }

    /// <summary>Runs the start-up validation a silo runs, for options that never reach Azurite.</summary>
    public static void Validate(Action<AzureTableGrainStorageOptions> configure)
    {
        using var services = Register(configure).BuildServiceProvider();
        Validate(services);
    }

    public ValueTask DisposeAsync() => services.DisposeAsync();

    private static ServiceCollection Register(Action<AzureTableGrainStorageOptions> configure)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSerializer();
        services.AddSingleton<IGrainStorageSerializer>(
            new SystemTextJsonGrainStorageSerializer(Options.Create(new SystemTextJsonGrainStorageSerializerOptions())));
        services.AddAzureTableGrainStorage(StorageName, optionsBuilder => optionsBuilder.Configure(configure));
        return services;
    }

    private static void Validate(IServiceProvider services)
    {
        foreach (var validator in services.GetServices<IConfigurationValidator>())
        {
            validator.ValidateConfiguration();
        }
    }
}
