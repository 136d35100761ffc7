using HomeCareNational.Domain.Reference;
using Microsoft.Extensions.Options;

namespace HomeCareNational.Identity.Tenancy;

/// <summary>Stops the service at start-up when the tenant registry is incomplete or ambiguous; each failure names its key.</summary>
public sealed class TenantRegistryOptionsValidator : IValidateOptions<TenantRegistryOptions>
{
    private const string Section = TenantRegistryOptions.Section;

    public ValidateOptionsResult Validate(string? name, TenantRegistryOptions options)
    {
        List<string> failures = [];
        var ministryKey = $"{Section}:{nameof(options.MinistryTenantId)}";
        if (string.IsNullOrWhiteSpace(options.MinistryTenantId))
        {
            failures.Add($"Configuration key '{ministryKey}' is missing: set it to the ministry's Entra tenant id (a GUID).");
        }
        else if (!Guid.TryParse(options.MinistryTenantId, out _))
        {
            failures.Add($"Configuration key '{ministryKey}' is '{options.MinistryTenantId}', which is not a GUID.");
        }

        if (string.IsNullOrWhiteSpace(options.PrefectureClaim))
        {
            failures.Add($"Configuration key '{Section}:{nameof(options.PrefectureClaim)}' is empty: leave it out for '{TenantRegistryOptions.DefaultPrefectureClaim}' or name the claim.");
        }

        var hasMinistry = Guid.TryParse(options.MinistryTenantId, out var ministry);
        Dictionary<Guid, int> firstIndexOf = [];
        for (var index = 0; index < options.Tenants.Count; index++)
        {
            var tenant = options.Tenants[index];
            var key = $"{Section}:{nameof(options.Tenants)}:{index}";
            if (!Guid.TryParse(tenant.TenantId, out var tenantId))
            {
                failures.Add($"Configuration key '{key}:{nameof(tenant.TenantId)}' is '{tenant.TenantId}', which is not a GUID.");
            }
            else if (hasMinistry && tenantId == ministry)
            {
                failures.Add($"Configuration key '{key}:{nameof(tenant.TenantId)}' is the ministry's tenant; its users get their prefecture from the '{options.PrefectureClaim}' claim instead.");
            }
            else if (!firstIndexOf.TryAdd(tenantId, index))
            {
                failures.Add($"Configuration key '{key}:{nameof(tenant.TenantId)}' repeats the tenant of '{Section}:{nameof(options.Tenants)}:{firstIndexOf[tenantId]}'; a tenant belongs to one prefecture.");
            }

            if (!Prefectures.TryGet(tenant.PrefectureCode, out _))
            {
                failures.Add($"Configuration key '{key}:{nameof(tenant.PrefectureCode)}' is '{tenant.PrefectureCode}', which is not a prefecture code (\"01\" to \"47\").");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
