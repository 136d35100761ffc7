using Microsoft.Extensions.Options;

namespace HomeCareNational.Storage.AzureTable.History;

/// <summary>Stops the host at start-up when the history tables are configured in a way that cannot work.</summary>
internal sealed class HistoryStorageOptionsValidator : IValidateOptions<HistoryStorageOptions>
{
    public ValidateOptionsResult Validate(string? name, HistoryStorageOptions options)
    {
        var failures = TableSettingRules.Failures(
            nameof(HistoryStorageOptions),
            options,
            (nameof(options.RegisterTableName), options.RegisterTableName),
            (nameof(options.TotalsTableName), options.TotalsTableName),
            (nameof(options.RoundTableName), options.RoundTableName));
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
