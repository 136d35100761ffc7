using Azure;
using Azure.Data.Tables;

namespace HomeCareNational.Storage.AzureTable.Tests;

/// <summary>The fixture's outage tools: an on-disk Azurite stopped with SIGINT keeps its rows across a restart.</summary>
public sealed class AzuriteRestartTests
{
    [Fact]
    public async Task An_on_disk_azurite_is_unreachable_while_stopped_and_has_its_rows_after_the_restart()
    {
        var azurite = AzuriteFixture.OnDisk();
        await azurite.InitializeAsync();
        try
        {
            var table = new TableClient(azurite.ConnectionString, "outage", new TableClientOptions { Retry = { MaxRetries = 0 } });
            await table.CreateIfNotExistsAsync();
            await table.AddEntityAsync(new TableEntity("33", "before") { ["Name"] = "停止の前" });

            await azurite.StopAsync();
            await Assert.ThrowsAsync<RequestFailedException>(() => table.GetEntityAsync<TableEntity>("33", "before"));
            await azurite.RestartAsync();

            var row = await table.GetEntityAsync<TableEntity>("33", "before");
            Assert.Equal("停止の前", row.Value.GetString("Name"));
        }
        finally
        {
            await azurite.DisposeAsync();
        }
    }
}
