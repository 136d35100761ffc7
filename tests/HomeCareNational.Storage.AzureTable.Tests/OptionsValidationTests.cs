namespace HomeCareNational.Storage.AzureTable.Tests;

public sealed class OptionsValidationTests
{
    [Theory]
    [MemberData(nameof(TableSettingCases.BadConnectionStrings), MemberType = typeof(TableSettingCases))]
    public void Empty_or_unparsable_connection_string_is_rejected_naming_the_key(string connectionString)
    {
        var failure = Assert.Throws<OrleansConfigurationException>(
            () => ProviderUnderTest.Validate(options => options.ConnectionString = connectionString));

        Assert.StartsWith("AzureTableGrainStorageOptions.ConnectionString for storage 'homecare'", failure.Message);
    }

    [Fact]
    public void Unparsable_connection_string_is_not_echoed_in_the_message()
    {
        var failure = Assert.Throws<OrleansConfigurationException>(
            () => ProviderUnderTest.Validate(options => options.ConnectionString = TableSettingCases.SecretBearingConnectionString));

        Assert.DoesNotContain("s3cr3t", failure.Message);
    }

    [Theory]
    [MemberData(nameof(TableSettingCases.BadTableNames), MemberType = typeof(TableSettingCases))]
    public void Invalid_table_name_is_rejected_naming_the_key(string tableName)
    {
        var failure = Assert.Throws<OrleansConfigurationException>(() => ProviderUnderTest.Validate(options =>
        {
            options.ConnectionString = TableSettingCases.ValidConnectionString;
            options.TableName = tableName;
        }));

        Assert.StartsWith("AzureTableGrainStorageOptions.TableName for storage 'homecare'", failure.Message);
    }

    [Fact]
    public void Valid_connection_string_with_the_default_table_name_passes()
    {
        var failure = Record.Exception(() => ProviderUnderTest.Validate(options => options.ConnectionString = TableSettingCases.ValidConnectionString));

        Assert.Null(failure);
        Assert.Equal("HomeCareGrainState", new AzureTableGrainStorageOptions().TableName);
    }
}
