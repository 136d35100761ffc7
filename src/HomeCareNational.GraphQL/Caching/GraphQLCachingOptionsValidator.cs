using Microsoft.Extensions.Options;

namespace HomeCareNational.GraphQL.Caching;

/// <summary>Stops the service at start-up on a cache setting out of range, naming its key.</summary>
public sealed class GraphQLCachingOptionsValidator : IValidateOptions<GraphQLCachingOptions>
{
    private const string Section = GraphQLCachingOptions.Section;

    /// <summary>Longer than any dashboard should show stale totals; a larger value is a typo (minutes for seconds).</summary>
    private static readonly TimeSpan LongestDashboardMaxAge = TimeSpan.FromMinutes(5);

    public ValidateOptionsResult Validate(string? name, GraphQLCachingOptions options)
    {
        List<string> failures = [];
        if (options.DocumentCacheSize < 1)
        {
            failures.Add($"Configuration key '{Section}:{nameof(options.DocumentCacheSize)}' is {options.DocumentCacheSize}; it must be at least 1.");
        }

        if (options.DashboardMaxAge < TimeSpan.Zero || options.DashboardMaxAge > LongestDashboardMaxAge)
        {
            failures.Add($"Configuration key '{Section}:{nameof(options.DashboardMaxAge)}' is {options.DashboardMaxAge}; "
                + $"it must be from 00:00:00 to {LongestDashboardMaxAge}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
