using HomeCareNational.Abstractions;
using HomeCareNational.Host.DemoData;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Dashboard;

namespace HomeCareNational.Host.Hosting;

/// <summary>Composes the co-hosted Orleans silo.</summary>
public static class HomeCareSiloExtensions
{
    /// <summary>
    /// Adds the silo: Azure Table membership on the configured address and ports, Azure Table reminders, grain state and the register and totals histories in Azure Table Storage, the
    /// region grouping, the grains, the silo side of the Orleans dashboard (<see cref="OrleansDashboardEndpoints"/>), and (when <see cref="HomeCareSettings.SeedDemoDataKey"/> is true) the demo register loader.
    /// </summary>
    public static WebApplicationBuilder AddHomeCareSilo(this WebApplicationBuilder builder)
    {
        var connectionString = builder.Configuration.GetConnectionString(HomeCareSettings.StorageConnectionName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new OptionsValidationException(HomeCareSettings.StorageConnectionKey, typeof(string),
                [$"Configuration key '{HomeCareSettings.StorageConnectionKey}' is missing: set it to the Azure Table Storage connection string (see README)."]);
        }

        builder.Services.AddSingleton(RegionGroupingConfiguration.Load(builder.Configuration));
        builder.Services.AddHomeCareHistoryStorage(options => options.ConnectionString = connectionString);
        builder.Services.AddOptions<SiloOptions>().BindConfiguration(SiloOptions.Section).ValidateDataAnnotations().ValidateOnStart();

        builder.UseOrleans(orleans =>
        {
            orleans.UseHomeCareClustering(connectionString);
            // Reminders (the reporting rounds' daily overdue check) in the same account, Orleans' table OrleansReminders.
            orleans.UseAzureTableReminderService(options => options.TableServiceClient = new Azure.Data.Tables.TableServiceClient(connectionString));
            orleans.AddHomeCareGrainStorage(options => options.ConnectionString = connectionString);
            orleans.AddHomeCareGrains();
            orleans.AddDashboard();
            if (builder.Configuration.GetValue<bool>(HomeCareSettings.SeedDemoDataKey))
            {
                orleans.AddStartupTask<DemoRegisterLoader>();
            }
        });
        return builder;
    }
}
