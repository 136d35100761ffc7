using Azure.Data.Tables;
using HomeCareNational.Storage.AzureTable;
using HomeCareNational.Storage.AzureTable.GrainState;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Orleans.Hosting;

/// <summary>Registers all of a HomeCareNational silo's storage in one storage account.</summary>
public static class HomeCareStorageSiloBuilderExtensions
{
    /// <summary>
    /// Adds grain state (<see cref="GrainStateStorageSiloBuilderExtensions.AddHomeCareGrainStorage"/>), the register,
    /// totals and round histories (<c>AddHomeCareHistoryStorage</c>) and Orleans' Azure Table reminders (the reporting
    /// rounds' daily overdue check), all in the account <paramref name="useAccount"/> names. The service and the tests'
    /// clusters both compose their silo with it, so the tests run the storage the service runs.
    /// </summary>
    /// <param name="builder">The silo.</param>
    /// <param name="useAccount">Names the storage account in each store's settings.</param>
    /// <param name="tables">Names other tables than the defaults (a test's own); null keeps the defaults.</param>
    public static ISiloBuilder AddHomeCareStorage(this ISiloBuilder builder, Action<TableStorageSettings> useAccount, Action<HomeCareStorageTables>? tables = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(useAccount);

        var names = new HomeCareStorageTables();
        tables?.Invoke(names);
        builder.AddHomeCareGrainStorage(options =>
        {
            useAccount(options);
            options.TableName = names.GrainState;
        });
        builder.Services.AddHomeCareHistoryStorage(options =>
        {
            useAccount(options);
            options.RegisterTableName = names.RegisterHistory;
            options.TotalsTableName = names.TotalsHistory;
            options.RoundTableName = names.RoundHistory;
        });
        return builder.UseAzureTableReminderService(reminders => reminders.Configure<IOptions<GrainStateStorageOptions>, HomeCareTableServiceClientFactory>(
            (options, storage, clients) =>
            {
                options.TableServiceClient = clients.Create(storage.Value, new TableClientOptions());
                options.TableName = names.Reminders ?? options.TableName;
            }));
    }
}
