using HomeCareNational.Storage.AzureTable.GrainState;
using Microsoft.Extensions.Options;

namespace HomeCareNational.Storage.AzureTable.Tests;

/// <summary>The account is named by a connection string or by a Table endpoint, exactly one; a bad one stops the start naming the key.</summary>
public sealed class StorageAccountRulesTests
{
    [Theory]
    [MemberData(nameof(TableSettingCases.GoodTableEndpoints), MemberType = typeof(TableSettingCases))]
    public void An_https_endpoint_or_a_local_http_one_alone_is_accepted(string endpoint)
    {
        Assert.Empty(StorageAccountRules.Problems(connectionString: "", tableEndpoint: endpoint));
        Assert.Null(Validate(new GrainStateStorageOptions { TableEndpoint = endpoint }));
    }

    [Theory]
    [MemberData(nameof(TableSettingCases.BadTableEndpoints), MemberType = typeof(TableSettingCases))]
    public void A_bad_endpoint_is_refused_naming_the_key(string endpoint, string expected)
    {
        var failure = Validate(new GrainStateStorageOptions { TableEndpoint = endpoint });

        Assert.Contains($"GrainStateStorageOptions.TableEndpoint {expected}", failure);
    }

    [Fact]
    public void A_refused_endpoint_is_not_echoed_since_its_query_can_hold_a_SAS_token()
    {
        var failure = Validate(new GrainStateStorageOptions { TableEndpoint = "http://myaccount.table.core.windows.net/?sig=s3cr3t" });

        Assert.DoesNotContain("s3cr3t", failure);
    }

    [Fact]
    public void Neither_a_connection_string_nor_an_endpoint_is_refused_naming_both()
    {
        var failure = Validate(new GrainStateStorageOptions());

        Assert.Contains("GrainStateStorageOptions.ConnectionString is empty, and so is TableEndpoint", failure);
    }

    [Fact]
    public void Both_a_connection_string_and_an_endpoint_are_refused_naming_both()
    {
        var failure = Validate(new GrainStateStorageOptions
        {
            ConnectionString = TableSettingCases.ValidConnectionString,
            TableEndpoint = "https://myaccount.table.core.windows.net/",
        });

        Assert.Contains("GrainStateStorageOptions.TableEndpoint is set, and so is ConnectionString: set only one of them", failure);
    }

    [Fact]
    public void The_factory_reaches_the_endpoint_account_or_the_connection_string_one()
    {
        var clients = new HomeCareTableServiceClientFactory();

        var byEndpoint = clients.Create(new GrainStateStorageOptions { TableEndpoint = "https://myaccount.table.core.windows.net/" });
        var byConnectionString = clients.Create(new GrainStateStorageOptions { ConnectionString = TableSettingCases.ValidConnectionString });

        Assert.Equal(("myaccount", new Uri("https://myaccount.table.core.windows.net/")), (byEndpoint.AccountName, byEndpoint.Uri));
        Assert.Equal(("devstoreaccount1", new Uri("http://127.0.0.1:10002/devstoreaccount1")), (byConnectionString.AccountName, byConnectionString.Uri));
    }

    private static string? Validate(GrainStateStorageOptions options)
    {
        var result = new GrainStateStorageOptionsValidator().Validate(Options.DefaultName, options);
        return result.Failed ? result.FailureMessage : null;
    }
}
