using Microsoft.Extensions.Options;

namespace HomeCareNational.Storage.AzureTable.History;

/// <summary>Stops the host at start-up when the history tables are configured in a way that cannot work.</summary>
internal sealed class HistoryStorageOptionsValidator : IValidateOptions<HistoryStorageOptions>
{
    public ValidateOptionsResult Validate(string? name, HistoryStorageOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            failures.Add(Describe(nameof(options.ConnectionString), "is empty: set it to the Azure Table Storage connection string"));
        }
        else if (!TableSettingRules.IsParsableConnectionString(options.ConnectionString, out _))
        {
            // The parser's message can quote the account key, so it is not passed on.
            failures.Add(Describe(nameof(options.ConnectionString), "is not a valid Azure Storage connection string"));
        }

        ValidateTableName(nameof(options.RegisterTableName), options.RegisterTableName, failures);
        ValidateTableName(nameof(options.TotalsTableName), options.TotalsTableName, failures);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void ValidateTableName(string key, string? tableName, List<string> failures)
    {
        if (!TableSettingRules.IsValidTableName(tableName))
        {
            failures.Add(Describe(
                key, $"'{tableName}' is not a valid Azure table name ({TableSettingRules.TableNameRuleDescription})"));
        }
    }

    private static string Describe(string key, string problem) => $"{nameof(HistoryStorageOptions)}.{key} {problem}.";
}
