using Orleans.Hosting;
using Orleans.TestingHost;

namespace HomeCareNational.Grains.Tests.Cluster;

/// <summary>
/// Configures a test silo with the service's own storage composition (<c>AddHomeCareStorage</c>: grain state, the
/// histories and reminders) and grains, in tables named after the test's. The test cluster creates this class by type,
/// so the connection string and table arrive through the cluster's configuration properties.
/// </summary>
public sealed class HomeCareSiloConfigurator : ISiloConfigurator
{
    public const string ConnectionStringKey = "HomeCareTests:StorageConnectionString";

    public const string TableNameKey = "HomeCareTests:StorageTableName";

    public void Configure(ISiloBuilder siloBuilder)
    {
        var connectionString = Required(siloBuilder, ConnectionStringKey);
        var tableName = Required(siloBuilder, TableNameKey);

        siloBuilder.AddHomeCareStorage(account => account.ConnectionString = connectionString, tables =>
        {
            tables.GrainState = tableName;
            tables.RegisterHistory = RegisterHistoryTable(tableName);
            tables.TotalsHistory = TotalsHistoryTable(tableName);
            tables.RoundHistory = tableName + "Rounds";
            tables.Reminders = RemindersTable(tableName);
        });
        siloBuilder.AddHomeCareGrains();
    }

    /// <summary>The reminders table of a cluster whose grain state is in <paramref name="tableName"/>.</summary>
    public static string RemindersTable(string tableName) => tableName + "Reminders";

    /// <summary>The register history table of a cluster whose grain state is in <paramref name="tableName"/>.</summary>
    public static string RegisterHistoryTable(string tableName) => tableName + "Events";

    /// <summary>The totals history table of a cluster whose grain state is in <paramref name="tableName"/>.</summary>
    public static string TotalsHistoryTable(string tableName) => tableName + "Totals";

    private static string Required(ISiloBuilder siloBuilder, string key) =>
        siloBuilder.Configuration[key] is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"The test cluster was built without the property '{key}'.");
}
