using Microsoft.Extensions.Options;

namespace HomeCareNational.Storage.AzureTable.GrainState;

/// <summary>Stops the silo at start-up when grain state is configured in a way that cannot work.</summary>
internal sealed class GrainStateStorageOptionsValidator : IValidateOptions<GrainStateStorageOptions>
{
    public ValidateOptionsResult Validate(string? name, GrainStateStorageOptions options)
    {
        var failures = TableSettingRules.Failures(nameof(GrainStateStorageOptions), options, (nameof(options.TableName), options.TableName));
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
