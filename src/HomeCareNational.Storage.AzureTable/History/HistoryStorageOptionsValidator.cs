using Microsoft.Extensions.Options;

namespace HomeCareNational.Storage.AzureTable.History;

/// <summary>Stops the host at start-up when the history tables are configured in a way that cannot work.</summary>
internal sealed class HistoryStorageOptionsValidator : IValidateOptions<HistoryStorageOptions>
{
    public ValidateOptionsResult Validate(string? name, HistoryStorageOptions options)
    {
        var failures = new[]
        {
            (Key: nameof(options.ConnectionString), Problem: TableSettingRules.ConnectionStringProblem(options.ConnectionString)),
            (Key: nameof(options.RegisterTableName), Problem: TableSettingRules.TableNameProblem(options.RegisterTableName)),
            (Key: nameof(options.TotalsTableName), Problem: TableSettingRules.TableNameProblem(options.TotalsTableName)),
            (Key: nameof(options.RoundTableName), Problem: TableSettingRules.TableNameProblem(options.RoundTableName)),
        }
        .Where(check => check.Problem is not null)
        .Select(check => $"{nameof(HistoryStorageOptions)}.{check.Key} {check.Problem}.")
        .ToList();
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
