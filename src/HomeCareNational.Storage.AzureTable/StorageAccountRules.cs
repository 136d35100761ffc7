namespace HomeCareNational.Storage.AzureTable;

/// <summary>
/// How the storage account is named: by a connection string or by a Table endpoint reached with
/// <c>DefaultAzureCredential</c>, exactly one of the two. Shared by the options validators and the Host's own check.
/// </summary>
public static class StorageAccountRules
{
    /// <summary>
    /// Each problem with the pair, as the setting it concerns (<see cref="TableStorageSettings.ConnectionString"/> or
    /// <see cref="TableStorageSettings.TableEndpoint"/>) and what is wrong; empty when the account is well named.
    /// </summary>
    public static IReadOnlyList<(string Setting, string Problem)> Problems(string? connectionString, string? tableEndpoint)
    {
        var hasConnectionString = !string.IsNullOrWhiteSpace(connectionString);
        var hasTableEndpoint = !string.IsNullOrWhiteSpace(tableEndpoint);
        var problem = (hasConnectionString, hasTableEndpoint) switch
        {
            (false, false) => (Setting: nameof(TableStorageSettings.ConnectionString),
                Problem: $"is empty, and so is {nameof(TableStorageSettings.TableEndpoint)}: set the Azure Table Storage connection string, or the Table endpoint URI to reach with the managed identity"),
            (true, true) => (Setting: nameof(TableStorageSettings.TableEndpoint),
                Problem: $"is set, and so is {nameof(TableStorageSettings.ConnectionString)}: set only one of them"),
            (true, false) => (Setting: nameof(TableStorageSettings.ConnectionString), Problem: TableSettingRules.ConnectionStringProblem(connectionString!)),
            (false, true) => (Setting: nameof(TableStorageSettings.TableEndpoint), Problem: TableSettingRules.TableEndpointProblem(tableEndpoint!)),
        };
        return problem.Problem is null ? [] : [(problem.Setting, problem.Problem)];
    }
}
