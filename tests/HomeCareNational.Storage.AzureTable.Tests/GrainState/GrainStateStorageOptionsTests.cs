using HomeCareNational.Storage.AzureTable.GrainState;
using Microsoft.Extensions.Options;

namespace HomeCareNational.Storage.AzureTable.Tests.GrainState;

public sealed class GrainStateStorageOptionsTests
{
    [Theory]
    [MemberData(nameof(TableSettingCases.BadConnectionStrings), MemberType = typeof(TableSettingCases))]
    public void Empty_or_unparsable_connection_string_is_refused_naming_the_key(string connectionString)
    {
        var failure = Validate(new GrainStateStorageOptions { ConnectionString = connectionString });

        Assert.Contains("GrainStateStorageOptions.ConnectionString", failure);
    }

    [Fact]
    public void Unparsable_connection_string_is_not_echoed_in_the_message()
    {
        var failure = Validate(new GrainStateStorageOptions { ConnectionString = TableSettingCases.SecretBearingConnectionString });

        Assert.DoesNotContain("s3cr3t", failure);
    }

    [Theory]
    [MemberData(nameof(TableSettingCases.BadTableNames), MemberType = typeof(TableSettingCases))]
    public void Invalid_table_name_is_refused_naming_the_key(string tableName)
    {
        var failure = Validate(new GrainStateStorageOptions { ConnectionString = TableSettingCases.ValidConnectionString, TableName = tableName });

        Assert.Contains("GrainStateStorageOptions.TableName", failure);
        Assert.DoesNotContain("ConnectionString", failure);
    }

    [Fact]
    public void A_valid_connection_string_with_the_default_table_passes()
    {
        Assert.Null(Validate(new GrainStateStorageOptions { ConnectionString = TableSettingCases.ValidConnectionString }));
        Assert.Equal("HomeCareGrains", new GrainStateStorageOptions().TableName);
    }

    private static string? Validate(GrainStateStorageOptions options)
    {
        var result = new GrainStateStorageOptionsValidator().Validate(Options.DefaultName, options);
        return result.Failed ? result.FailureMessage : null;
    }
}
