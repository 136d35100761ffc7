using HomeCareNational.Abstractions.History;
using HomeCareNational.Storage.AzureTable;
using HomeCareNational.Storage.AzureTable.History;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the register, totals and round histories kept in Azure Table Storage.</summary>
public static class HistoryStorageServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="IRegisterHistory"/>, <see cref="ITotalsHistory"/> and <see cref="IRoundHistory"/> as singletons on Azure Table Storage.
    /// The options are validated when the host starts; the tables are created on first use.
    /// </summary>
    /// <example>
    /// <code>
    /// services.AddHomeCareHistoryStorage(options => options.ConnectionString = connectionString);
    /// </code>
    /// </example>
    public static IServiceCollection AddHomeCareHistoryStorage(
        this IServiceCollection services,
        Action<HistoryStorageOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);

        services.AddOptions<HistoryStorageOptions>().Configure(configure).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<HistoryStorageOptions>, HistoryStorageOptionsValidator>());
        services.TryAddSingleton<HomeCareTableServiceClientFactory>();
        services.AddSingleton<IRegisterHistory, AzureTableRegisterHistory>();
        services.AddSingleton<ITotalsHistory, AzureTableTotalsHistory>();
        services.AddSingleton<IRoundHistory, AzureTableRoundHistory>();
        return services;
    }
}
