using Microsoft.Extensions.Options;

namespace HomeCareNational.Storage.AzureTable.GrainState;

/// <summary>Stops the silo at start-up when grain state is configured in a way that cannot work.</summary>
internal sealed class GrainStateStorageOptionsValidator : IValidateOptions<GrainStateStorageOptions>
{
    public ValidateOptionsResult Validate(string? name, GrainStateStorageOptions options)
    {
        var failures = new[]
        {
            (Key: nameof(options.ConnectionString), Problem: TableSettingRules.ConnectionStringProblem(options.ConnectionString)),
            (Key: nameof(options.TableName), Problem: TableSettingRules.TableNameProblem(options.TableName)),
        }
        .Where(check => check.Problem is not null)
        .Select(check => $"{nameof(GrainStateStorageOptions)}.{check.Key} {check.Problem}.")
        .ToList();
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
