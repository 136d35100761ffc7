using HomeCareNational.Grains.Hosting;
using HomeCareNational.Host.DemoLoading;
using Microsoft.Extensions.Options;
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
            // Reminders in the same account, in Orleans' table OrleansReminders.
            orleans.AddHomeCareStorage(useStorageAccount);
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
