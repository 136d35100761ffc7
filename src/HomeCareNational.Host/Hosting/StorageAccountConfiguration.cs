using HomeCareNational.Storage.AzureTable;
using Microsoft.Extensions.Options;

namespace HomeCareNational.Host.Hosting;

/// <summary>
/// Reads the storage account of grain state, membership and history from section <see cref="Section"/>: a
/// connection string, or a Table endpoint reached with <c>DefaultAzureCredential</c>. Checked when the service is
/// built, so a missing or bad account stops it naming the key before anything else starts.
/// </summary>
public static class StorageAccountConfiguration
{
    public const string Section = "HomeCare:Storage";

    /// <summary>The key of releases before <see cref="Section"/>; refused by name so an old deployment learns the new one.</summary>
    public const string RetiredConnectionStringKey = "ConnectionStrings:HomeCareStorage";

    /// <summary>What names the account in every store's settings, once the section has been checked.</summary>
    public static Action<TableStorageSettings> Load(IConfiguration configuration)
    {
        var account = configuration.GetSection(Section).Get<AccountSettings>() ?? new AccountSettings();
        var failures = StorageAccountRules.Problems(account.ConnectionString, account.TableEndpoint)
            .Select(problem => $"Configuration key '{Section}:{problem.Setting}' {problem.Problem} (see README, 'Configuration').")
            .ToList();
        if (!string.IsNullOrWhiteSpace(configuration[RetiredConnectionStringKey]))
        {
            failures.Add($"Configuration key '{RetiredConnectionStringKey}' is no longer read: move its value to '{Section}:{nameof(TableStorageSettings.ConnectionString)}'.");
        }

        if (failures.Count > 0)
        {
            throw new OptionsValidationException(Section, typeof(TableStorageSettings), failures);
        }

        return settings => settings.UseAccountOf(account);
    }

    private sealed class AccountSettings : TableStorageSettings;
}
