using HomeCareNational.Storage.AzureTable;
using Microsoft.Extensions.Options;

namespace Orleans.Hosting;

/// <summary>Registers the HomeCareNational Azure Table grain storage on a silo.</summary>
public static class AzureTableGrainStorageSiloBuilderExtensions
{
    /// <summary>
    /// Adds a grain storage provider named <paramref name="name"/> that keeps state in Azure Table Storage.
    /// The options are validated when the silo starts, and the table is created then.
    /// </summary>
    /// <example>
    /// <code>
    /// silo.AddAzureTableGrainStorage(StorageNames.GrainStorage, options => options.ConnectionString = connectionString);
    /// </code>
    /// </example>
    public static ISiloBuilder AddAzureTableGrainStorage(
        this ISiloBuilder builder,
        string name,
        Action<AzureTableGrainStorageOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        return builder.AddAzureTableGrainStorage(name, optionsBuilder => optionsBuilder.Configure(configure));
    }

    /// <summary>
    /// Adds a grain storage provider named <paramref name="name"/> whose options come from an
    /// <see cref="OptionsBuilder{TOptions}"/>, e.g. to bind them from configuration.
    /// </summary>
    public static ISiloBuilder AddAzureTableGrainStorage(
        this ISiloBuilder builder,
        string name,
        Action<OptionsBuilder<AzureTableGrainStorageOptions>> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddAzureTableGrainStorage(name, configure);
        return builder;
    }
}
