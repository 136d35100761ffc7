using Microsoft.Extensions.Options;

namespace HomeCareNational.Storage.AzureTable.GrainState;

/// <summary>Stops the silo at start-up when grain state is configured in a way that cannot work.</summary>
internal sealed class GrainStateStorageOptionsValidator : IValidateOptions<GrainStateStorageOptions>
{
    public ValidateOptionsResult Validate(string? name, GrainStateStorageOptions options)
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

        if (!TableSettingRules.IsValidTableName(options.TableName))
        {
            failures.Add(Describe(
                nameof(options.TableName), $"'{options.TableName}' is not a valid Azure table name ({TableSettingRules.TableNameRuleDescription})"));
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static string Describe(string key, string problem) => $"{nameof(GrainStateStorageOptions)}.{key} {problem}.";
}
