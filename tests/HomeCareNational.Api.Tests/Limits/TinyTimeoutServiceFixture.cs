namespace HomeCareNational.Api.Tests.Limits;

/// <summary>Requests may run for one millisecond: every request that reaches a grain outlives it.</summary>
public sealed class TinyTimeoutServiceFixture() : TimeoutServiceFixture(Timeout)
{
    public static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(1);
}
