namespace HomeCareNational.Storage.AzureTable.Tests;

public sealed class OptionsValidationTests
{
    private const string ValidConnectionString =
        "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=" + AzuriteFixture.AccountKey
        + ";TableEndpoint=http://127.0.0.1:10002/devstoreaccount1;";

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("not a connection string")]
    [InlineData("DefaultEndpointsProtocol=http;AccountName=devstoreaccount1")]
    [InlineData("AccountName=devstoreaccount1;AccountKey=not-base64!")]
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
            () => ProviderUnderTest.Validate(options => options.ConnectionString = "AccountName=x;AccountKey=s3cr3t!"));

        Assert.DoesNotContain("s3cr3t", failure.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("ab")]
    [InlineData("1state")]
    [InlineData("grain-state")]
    [InlineData("grain_state")]
    [InlineData("tables")]
    [InlineData("a123456789012345678901234567890123456789012345678901234567890123")]
    public void Invalid_table_name_is_rejected_naming_the_key(string tableName)
    {
        var failure = Assert.Throws<OrleansConfigurationException>(() => ProviderUnderTest.Validate(options =>
        {
            options.ConnectionString = ValidConnectionString;
            options.TableName = tableName;
        }));

        Assert.StartsWith("AzureTableGrainStorageOptions.TableName for storage 'homecare'", failure.Message);
    }

    [Fact]
    public void Valid_connection_string_with_the_default_table_name_passes()
    {
        var failure = Record.Exception(() => ProviderUnderTest.Validate(options => options.ConnectionString = ValidConnectionString));

        Assert.Null(failure);
        Assert.Equal("HomeCareGrainState", new AzureTableGrainStorageOptions().TableName);
    }
}
