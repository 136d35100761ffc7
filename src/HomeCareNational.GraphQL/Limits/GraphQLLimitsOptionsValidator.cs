using Microsoft.Extensions.Options;

namespace HomeCareNational.GraphQL.Limits;

/// <summary>Stops the service at start-up when a limit is zero, negative or out of range, naming its key.</summary>
public sealed class GraphQLLimitsOptionsValidator : IValidateOptions<GraphQLLimitsOptions>
{
    private const string Section = GraphQLLimitsOptions.Section;

    /// <summary>Longer than any client or proxy waits; a larger value is a typo (minutes for seconds), not a choice.</summary>
    private static readonly TimeSpan LongestTimeout = TimeSpan.FromMinutes(5);

    public ValidateOptionsResult Validate(string? name, GraphQLLimitsOptions options)
    {
        List<string> failures = [];
        CheckPositive(failures, nameof(options.MaxDepth), options.MaxDepth);
        CheckPositive(failures, nameof(options.MaxComplexity), options.MaxComplexity);
        CheckPositive(failures, nameof(options.MaxAliases), options.MaxAliases);
        CheckPositive(failures, nameof(options.MaxDocumentBytes), options.MaxDocumentBytes);
        CheckPositive(failures, nameof(options.MaxRequestBytes), options.MaxRequestBytes);
        CheckPositive(failures, nameof(options.MaxJsonDepth), options.MaxJsonDepth);
        CheckPositive(failures, nameof(options.MaxListLength), options.MaxListLength);
        CheckPositive(failures, nameof(options.MaxParserDepth), options.MaxParserDepth);
        CheckPositive(failures, nameof(options.MaxTokens), options.MaxTokens);
        CheckPositive(failures, nameof(options.MaxSelectionWidth), options.MaxSelectionWidth);
        CheckTimeout(failures, nameof(options.ExecutionTimeout), options.ExecutionTimeout, TimeSpan.Zero);
        CheckTimeout(failures, nameof(options.ImportExecutionTimeout), options.ImportExecutionTimeout, options.ExecutionTimeout);

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void CheckTimeout(List<string> failures, string key, TimeSpan value, TimeSpan atLeast)
    {
        if (value <= TimeSpan.Zero || value < atLeast || value > LongestTimeout)
        {
            failures.Add($"Configuration key '{Section}:{key}' is {value}; it must be more than 00:00:00, at least {atLeast} and at most {LongestTimeout}.");
        }
    }

    private static void CheckPositive(List<string> failures, string key, int value)
    {
        if (value < 1)
        {
            failures.Add($"Configuration key '{Section}:{key}' is {value}; it must be at least 1.");
        }
    }
}
