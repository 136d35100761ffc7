namespace HomeCareNational.Api.Tests.Limits;

/// <summary>
/// Requests may run for a quarter of a second, far less than any import of thousands of rows takes, while imports keep
/// the default <see cref="HomeCareNational.GraphQL.Limits.GraphQLLimitsOptions.ImportExecutionTimeout"/>.
/// </summary>
public sealed class ShortTimeoutServiceFixture() : TimeoutServiceFixture(Timeout)
{
    public static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(250);
}
