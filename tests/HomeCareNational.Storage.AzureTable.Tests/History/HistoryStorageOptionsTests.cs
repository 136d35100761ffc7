using HomeCareNational.Abstractions.History;
using HomeCareNational.Storage.AzureTable.History;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace HomeCareNational.Storage.AzureTable.Tests.History;

public sealed class HistoryStorageOptionsTests
{
    [Theory]
    [MemberData(nameof(TableSettingCases.BadConnectionStrings), MemberType = typeof(TableSettingCases))]
    public void Empty_or_unparsable_connection_string_stops_the_start_naming_the_key(string connectionString)
    {
        var failure = Assert.Throws<OptionsValidationException>(
            () => HistoryStores.Validate(options => options.ConnectionString = connectionString));

        Assert.Contains("HistoryStorageOptions.ConnectionString", failure.Message);
    }

    [Fact]
    public void Unparsable_connection_string_is_not_echoed_in_the_message()
    {
        var failure = Assert.Throws<OptionsValidationException>(
            () => HistoryStores.Validate(options => options.ConnectionString = TableSettingCases.SecretBearingConnectionString));

        Assert.DoesNotContain("s3cr3t", failure.Message);
    }

    [Theory]
    [MemberData(nameof(TableSettingCases.BadTableNames), MemberType = typeof(TableSettingCases))]
    public void Invalid_table_names_stop_the_start_naming_the_key(string tableName)
    {
        var registerFailure = Assert.Throws<OptionsValidationException>(() => HistoryStores.Validate(options =>
        {
            options.ConnectionString = TableSettingCases.ValidConnectionString;
            options.RegisterTableName = tableName;
        }));
        var totalsFailure = Assert.Throws<OptionsValidationException>(() => HistoryStores.Validate(options =>
        {
            options.ConnectionString = TableSettingCases.ValidConnectionString;
            options.TotalsTableName = tableName;
        }));

        Assert.Contains("HistoryStorageOptions.RegisterTableName", registerFailure.Message);
        Assert.DoesNotContain("TotalsTableName", registerFailure.Message);
        Assert.Contains("HistoryStorageOptions.TotalsTableName", totalsFailure.Message);
    }

    [Fact]
    public void A_valid_connection_string_with_the_default_tables_passes()
    {
        var failure = Record.Exception(() => HistoryStores.Validate(options => options.ConnectionString = TableSettingCases.ValidConnectionString));

        Assert.Null(failure);
        Assert.Equal("HomeCareRegisterHistory", new HistoryStorageOptions().RegisterTableName);
        Assert.Equal("HomeCareTotalsHistory", new HistoryStorageOptions().TotalsTableName);
    }

    [Fact]
    public void Both_stores_are_registered_as_singletons()
    {
        using var services = new ServiceCollection()
            .AddHomeCareHistoryStorage(options => options.ConnectionString = TableSettingCases.ValidConnectionString)
            .BuildServiceProvider();

        Assert.IsType<AzureTableRegisterHistory>(services.GetRequiredService<IRegisterHistory>());
        Assert.Same(services.GetRequiredService<IRegisterHistory>(), services.GetRequiredService<IRegisterHistory>());
        Assert.IsType<AzureTableTotalsHistory>(services.GetRequiredService<ITotalsHistory>());
        Assert.Same(services.GetRequiredService<ITotalsHistory>(), services.GetRequiredService<ITotalsHistory>());
    }
}
