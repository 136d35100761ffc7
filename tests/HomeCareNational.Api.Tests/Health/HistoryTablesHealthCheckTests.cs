using HomeCareNational.Host.Health;
using HomeCareNational.Storage.AzureTable;
using HomeCareNational.Storage.AzureTable.History;
using HomeCareNational.Testing;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace HomeCareNational.Api.Tests.Health;

/// <summary>The readiness check of the history tables against a real Azurite: every table of its own names, per test.</summary>
public sealed class HistoryTablesHealthCheckTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    private readonly HistoryStorageOptions options = new()
    {
        ConnectionString = azurite.ConnectionString,
        RegisterTableName = AzuriteFixture.UniqueTableName("register"),
        TotalsTableName = AzuriteFixture.UniqueTableName("totals"),
        RoundTableName = AzuriteFixture.UniqueTableName("round"),
    };

    [Fact]
    public async Task Tables_not_created_yet_are_Degraded_and_named()
    {
        var result = await CheckAsync();

        Assert.Equal(HealthStatus.Degraded, result.Status);
        Assert.All(new[] { options.RegisterTableName, options.TotalsTableName, options.RoundTableName }, name => Assert.Contains(name, result.Description));
    }

    [Fact]
    public async Task The_round_history_table_is_checked_with_the_register_and_totals_tables()
    {
        var tables = azurite.CreateTableServiceClient();
        await tables.CreateTableIfNotExistsAsync(options.RegisterTableName);
        await tables.CreateTableIfNotExistsAsync(options.TotalsTableName);

        var withoutRounds = await CheckAsync();
        await tables.CreateTableIfNotExistsAsync(options.RoundTableName);
        var withRounds = await CheckAsync();

        Assert.Equal(HealthStatus.Degraded, withoutRounds.Status);
        Assert.Contains(options.RoundTableName, withoutRounds.Description);
        Assert.DoesNotContain(options.RegisterTableName, withoutRounds.Description);
        Assert.Equal(HealthStatus.Healthy, withRounds.Status);
    }

    private Task<HealthCheckResult> CheckAsync()
    {
        var check = new HistoryTablesHealthCheck(Options.Create(options), new HomeCareTableServiceClientFactory());
        var context = new HealthCheckContext { Registration = new HealthCheckRegistration(HealthCheckNames.HistoryTables, check, HealthStatus.Unhealthy, null) };
        return check.CheckHealthAsync(context);
    }
}
