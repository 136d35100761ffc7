using HomeCareNational.Abstractions;
using Azure.Data.Tables;
using HomeCareNational.Grains.Hosting;
using HomeCareNational.Host.DemoLoading;
using HomeCareNational.Storage.AzureTable;
using HomeCareNational.Storage.AzureTable.GrainState;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Dashboard;

namespace HomeCareNational.Host.Hosting;

/// <summary>Composes the co-hosted Orleans silo.</summary>
public static class HomeCareSiloExtensions
{
    /// <summary>
    /// Adds the silo: Azure Table membership on the configured address and ports, Azure Table reminders, grain state and the register, totals and round histories in the Azure Table Storage account of <see cref="StorageAccountConfiguration"/>, the
    /// region grouping, the grains, the silo side of the Orleans dashboard (<see cref="OrleansDashboardEndpoints"/>), and (when <see cref="HomeCareSettings.SeedDemoDataKey"/> is true) the demo register loader with its clock (<see cref="DemoLoaderClock"/>).
    /// </summary>
    public static WebApplicationBuilder AddHomeCareSilo(this WebApplicationBuilder builder)
    {
        var useStorageAccount = StorageAccountConfiguration.Load(builder.Configuration);
        builder.Services.AddSingleton(RegionGroupingConfiguration.Load(builder.Configuration));
        builder.Services.AddHomeCareHistoryStorage(useStorageAccount);
        builder.Services.AddOptions<SiloOptions>().BindConfiguration(SiloOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        var seedDemoData = DemoDataSettings(builder.Configuration);
        if (seedDemoData)
        {
            // Before the grains' own TryAdd of the clock of accepted changes, so theirs is not added.
            builder.Services.AddKeyedSingleton<TimeProvider>(ChangeClock.Key, (services, _) => new DemoLoaderClock(services.GetRequiredService<TimeProvider>()));
        }

        builder.UseOrleans(orleans =>
        {
            orleans.UseHomeCareClustering();
            // Reminders (the reporting rounds' daily overdue check) in the same account, Orleans' table OrleansReminders.
            orleans.UseAzureTableReminderService(reminders => reminders.Configure<IOptions<GrainStateStorageOptions>, HomeCareTableServiceClientFactory>(
                (options, storage, clients) => options.TableServiceClient = clients.Create(storage.Value, new TableClientOptions())));
            orleans.AddHomeCareGrainStorage(useStorageAccount);
            orleans.AddHomeCareGrains();
            orleans.AddDashboard();
            // Grain calls become spans of the caller's trace (HomeCareTelemetryExtensions), across silos too.
            orleans.AddActivityPropagation();
            if (seedDemoData)
            {
                orleans.AddStartupTask<DemoRegisterLoader>();
            }
        });
        return builder;
    }

    /// <summary>Whether the demo register is loaded; its history without it stops the start, naming both keys.</summary>
    private static bool DemoDataSettings(IConfiguration configuration)
    {
        var seed = configuration.GetValue<bool>(HomeCareSettings.SeedDemoDataKey);
        if (configuration.GetValue<bool>(HomeCareSettings.DemoHistoryKey) && !seed)
        {
            throw new OptionsValidationException(HomeCareSettings.DemoHistoryKey, typeof(bool),
                [$"Configuration key '{HomeCareSettings.DemoHistoryKey}' is true but '{HomeCareSettings.SeedDemoDataKey}' is not: the history is loaded on top of the demo register, so set both or neither."]);
        }

        return seed;
    }
}
