using HomeCareNational.Abstractions.Idempotency;
using HomeCareNational.Grains.Idempotency;

namespace HomeCareNational.Grains.Tests.Idempotency;

/// <summary>The decision of the key grain at chosen moments: expiry of results and of abandoned claims.</summary>
public sealed class IdempotencyRulesTests
{
    private const string Hash = "hash-a";
    private const string OtherHash = "hash-b";
    private const string ResultJson = """{"changed":true}""";

    private static readonly DateTimeOffset Claimed = new(2030, 4, 1, 9, 0, 0, TimeSpan.FromHours(9));
    private static readonly DateTimeOffset Completed = Claimed.AddSeconds(3);
    private static readonly TimeSpan Tick = TimeSpan.FromTicks(1);

    private static readonly IdempotencyOptions Options = new()
    {
        Retention = TimeSpan.FromHours(48),
        InFlightTimeout = TimeSpan.FromMinutes(5),
    };

    private static readonly IdempotencyKeyState Empty = new();

    private static readonly IdempotencyKeyState Done = new()
    {
        RequestHash = Hash,
        FirstSeen = Claimed,
        CompletedAt = Completed,
        ResultJson = ResultJson,
    };

    private static readonly IdempotencyInFlightClaim Running = new(Hash, Claimed);

    [Fact]
    public void A_new_key_runs() =>
        Assert.Equal(Run, IdempotencyRules.Decide(Empty, null, Hash, Claimed, Options));

    [Fact]
    public void A_completed_request_replays_until_the_end_of_the_retention()
    {
        var expected = new IdempotencyClaim(IdempotencyDecision.Replay, ResultJson, Claimed);

        Assert.Equal(expected, IdempotencyRules.Decide(Done, null, Hash, Completed, Options));
        Assert.Equal(expected, IdempotencyRules.Decide(Done, null, Hash, Completed + Options.Retention, Options));
    }

    [Fact]
    public void Another_request_is_a_mismatch_until_the_end_of_the_retention() =>
        Assert.Equal(
            new IdempotencyClaim(IdempotencyDecision.Mismatch, null, Claimed),
            IdempotencyRules.Decide(Done, null, OtherHash, Completed + Options.Retention, Options));

    [Theory]
    [InlineData(Hash)]
    [InlineData(OtherHash)]
    public void A_result_older_than_the_retention_has_expired_and_any_request_runs(string requestHash) =>
        Assert.Equal(Run, IdempotencyRules.Decide(Done, null, requestHash, Completed + Options.Retention + Tick, Options));

    [Fact]
    public void The_retention_counts_from_completion_not_from_the_claim()
    {
        var longRequest = Done with { CompletedAt = Claimed + TimeSpan.FromMinutes(4) };

        var claim = IdempotencyRules.Decide(longRequest, null, Hash, Claimed + Options.Retention + TimeSpan.FromMinutes(1), Options);

        Assert.Equal(IdempotencyDecision.Replay, claim.Decision);
    }

    [Fact]
    public void A_claim_is_in_flight_for_the_same_request_and_a_mismatch_for_another_until_its_timeout()
    {
        var end = Claimed + Options.InFlightTimeout;

        Assert.Equal(new IdempotencyClaim(IdempotencyDecision.InFlight, null, Claimed), IdempotencyRules.Decide(Empty, Running, Hash, Claimed, Options));
        Assert.Equal(new IdempotencyClaim(IdempotencyDecision.InFlight, null, Claimed), IdempotencyRules.Decide(Empty, Running, Hash, end, Options));
        Assert.Equal(new IdempotencyClaim(IdempotencyDecision.Mismatch, null, Claimed), IdempotencyRules.Decide(Empty, Running, OtherHash, end, Options));
    }

    [Theory]
    [InlineData(Hash)]
    [InlineData(OtherHash)]
    public void A_claim_older_than_the_in_flight_timeout_is_abandoned_and_any_request_runs(string requestHash) =>
        Assert.Equal(Run, IdempotencyRules.Decide(Empty, Running, requestHash, Claimed + Options.InFlightTimeout + Tick, Options));

    [Fact]
    public void A_new_claim_on_a_key_whose_result_expired_comes_before_the_expired_result()
    {
        var later = Completed + Options.Retention + TimeSpan.FromHours(1);
        var newClaim = new IdempotencyInFlightClaim(OtherHash, later);

        Assert.Equal(new IdempotencyClaim(IdempotencyDecision.InFlight, null, later), IdempotencyRules.Decide(Done, newClaim, OtherHash, later, Options));
        Assert.Equal(new IdempotencyClaim(IdempotencyDecision.Mismatch, null, later), IdempotencyRules.Decide(Done, newClaim, Hash, later, Options));
    }

    [Fact]
    public void Hashes_are_compared_exactly() =>
        Assert.Equal(IdempotencyDecision.Mismatch, IdempotencyRules.Decide(Done, null, Hash.ToUpperInvariant(), Completed, Options).Decision);

    private static IdempotencyClaim Run => new(IdempotencyDecision.Run, null, null);
}
