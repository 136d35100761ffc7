namespace HomeCareNational.Api.Tests.Limits;

/// <summary>
/// Requests may run for one second, far less than an import of 20,000 rows takes, while imports keep
/// the default <see cref="HomeCareNational.GraphQL.Limits.GraphQLLimitsOptions.ImportExecutionTimeout"/>.
/// </summary>
public sealed class ShortTimeoutServiceFixture() : TimeoutServiceFixture(Timeout)
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);
}
