using HomeCareNational.Abstractions.Idempotency;
using Orleans.Core.Internal;

namespace HomeCareNational.Grains.Tests.Idempotency;

/// <summary>
/// The key grain on the shared cluster, with its real storage and the system clock. Every test uses keys of its
/// own; expiry, which needs a clock that can be moved, is tested on <see cref="IdempotencyRulesTests"/>. Not a
/// <see cref="SharedClusterTest"/>: that hands each test a fiscal year, of which there are few, and keys need none.
/// </summary>
[Collection(SharedClusterCollection.Name)]
public sealed class IdempotencyKeyGrainTests(SharedClusterFixture fixture)
{
    private const string Okayama = "33";
    private const string Tokyo = "13";
    private const string Hash = "sha256:submit-designations:aaaa";
    private const string OtherHash = "sha256:submit-designations:bbbb";

    /// <summary>Whitespace, escapes and non-ASCII text, so a replay that re-serialized the JSON would show.</summary>
    private const string ResultJson = """
        {"totals": {"designations": 3, "version": 7},  "errors": [],
         "note": "（テスト）在宅医療 \u00e9 \"quoted\""}
        """;

    private readonly string clientKey = $"test-{Guid.NewGuid():N}";

    [Fact]
    public async Task The_first_claim_of_a_key_runs()
    {
        var claim = await Key().BeginAsync(Hash);

        Assert.Equal(new IdempotencyClaim(IdempotencyDecision.Run, null, null), claim);
    }

    [Fact]
    public async Task After_completion_the_same_request_replays_the_exact_json_and_when_it_was_first_seen()
    {
        var key = Key();
        var before = DateTimeOffset.UtcNow;
        await key.BeginAsync(Hash);
        var after = DateTimeOffset.UtcNow;
        await key.CompleteAsync(Hash, ResultJson);

        var replays = new[] { await key.BeginAsync(Hash), await key.BeginAsync(Hash) };

        Assert.All(replays, replay =>
        {
            Assert.Equal(IdempotencyDecision.Replay, replay.Decision);
            Assert.Equal(ResultJson, replay.ResultJson);
            Assert.InRange(replay.FirstSeen!.Value, before, after);
        });
    }

    [Fact]
    public async Task After_completion_another_request_with_the_key_is_a_mismatch_and_the_result_is_kept()
    {
        var key = Key();
        await key.BeginAsync(Hash);
        await key.CompleteAsync(Hash, ResultJson);

        var other = await key.BeginAsync(OtherHash);

        Assert.Equal(IdempotencyDecision.Mismatch, other.Decision);
        Assert.Null(other.ResultJson);
        Assert.NotNull(other.FirstSeen);
        Assert.Equal(ResultJson, (await key.BeginAsync(Hash)).ResultJson);
    }

    [Fact]
    public async Task Beginning_the_same_request_again_before_it_completes_is_in_flight()
    {
        var key = Key();
        await key.BeginAsync(Hash);

        var retry = await key.BeginAsync(Hash);

        Assert.Equal(IdempotencyDecision.InFlight, retry.Decision);
        Assert.Null(retry.ResultJson);
        Assert.NotNull(retry.FirstSeen);
    }

    [Fact]
    public async Task Another_request_while_the_first_is_in_flight_is_a_mismatch()
    {
        var key = Key();
        await key.BeginAsync(Hash);

        var other = await key.BeginAsync(OtherHash);

        Assert.Equal(IdempotencyDecision.Mismatch, other.Decision);
        Assert.Equal(IdempotencyDecision.InFlight, (await key.BeginAsync(Hash)).Decision);
    }

    [Fact]
    public async Task Of_concurrent_requests_with_one_key_exactly_one_runs()
    {
        var key = Key();

        var claims = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => key.BeginAsync(Hash)));

        Assert.Single(claims, c => c.Decision == IdempotencyDecision.Run);
        Assert.Equal(19, claims.Count(c => c.Decision == IdempotencyDecision.InFlight));
    }

    [Fact]
    public async Task After_the_request_is_abandoned_a_retry_runs()
    {
        var key = Key();
        await key.BeginAsync(Hash);

        await key.AbandonAsync(Hash);

        Assert.Equal(IdempotencyDecision.Run, (await key.BeginAsync(Hash)).Decision);
    }

    [Fact]
    public async Task After_an_abandoned_request_the_key_may_carry_another_request()
    {
        var key = Key();
        await key.BeginAsync(Hash);
        await key.AbandonAsync(Hash);

        Assert.Equal(IdempotencyDecision.Run, (await key.BeginAsync(OtherHash)).Decision);
        await key.CompleteAsync(OtherHash, ResultJson);
        Assert.Equal(IdempotencyDecision.Replay, (await key.BeginAsync(OtherHash)).Decision);
    }

    [Fact]
    public async Task Abandoning_with_another_hash_leaves_the_claim_in_flight()
    {
        var key = Key();
        await key.BeginAsync(Hash);

        await key.AbandonAsync(OtherHash);

        Assert.Equal(IdempotencyDecision.InFlight, (await key.BeginAsync(Hash)).Decision);
    }

    [Fact]
    public async Task Completing_a_key_nobody_claimed_is_refused()
    {
        var exception = await Assert.ThrowsAsync<InvalidOperationException>(() => Key().CompleteAsync(Hash, ResultJson));

        Assert.Contains(Hash, exception.Message);
        Assert.Contains("none is in flight", exception.Message);
    }

    [Fact]
    public async Task Completing_with_another_hash_than_the_claim_is_refused_and_the_claim_stays()
    {
        var key = Key();
        await key.BeginAsync(Hash);

        var exception = await Assert.ThrowsAsync<InvalidOperationException>(() => key.CompleteAsync(OtherHash, ResultJson));

        Assert.Contains("another request holds the key", exception.Message);
        Assert.Equal(IdempotencyDecision.InFlight, (await key.BeginAsync(Hash)).Decision);
    }

    [Fact]
    public async Task Completing_twice_is_refused_and_the_first_result_is_kept()
    {
        var key = Key();
        await key.BeginAsync(Hash);
        await key.CompleteAsync(Hash, ResultJson);

        await Assert.ThrowsAsync<InvalidOperationException>(() => key.CompleteAsync(Hash, "{}"));

        Assert.Equal(ResultJson, (await key.BeginAsync(Hash)).ResultJson);
    }

    [Fact]
    public async Task A_completed_key_survives_deactivation_and_still_replays()
    {
        var key = Key();
        await key.BeginAsync(Hash);
        await key.CompleteAsync(Hash, ResultJson);
        var firstSeen = (await key.BeginAsync(Hash)).FirstSeen;

        await DeactivateAsync(key);

        var replay = await key.BeginAsync(Hash);
        Assert.Equal(new IdempotencyClaim(IdempotencyDecision.Replay, ResultJson, firstSeen), replay);
        Assert.Equal(IdempotencyDecision.Mismatch, (await key.BeginAsync(OtherHash)).Decision);
    }

    /// <summary>By design: the claim lives in memory only, and the operations behind keys are safe to run again.</summary>
    [Fact]
    public async Task A_claim_in_flight_is_lost_on_deactivation_so_the_retry_runs()
    {
        var key = Key();
        await key.BeginAsync(Hash);

        await DeactivateAsync(key);

        Assert.Equal(IdempotencyDecision.Run, (await key.BeginAsync(Hash)).Decision);
    }

    [Fact]
    public async Task The_same_client_key_in_two_prefectures_is_two_independent_keys()
    {
        var okayama = Key(Okayama);
        var tokyo = Key(Tokyo);
        await okayama.BeginAsync(Hash);
        await okayama.CompleteAsync(Hash, ResultJson);

        Assert.Equal(IdempotencyDecision.Run, (await tokyo.BeginAsync(OtherHash)).Decision);
        Assert.Equal(IdempotencyDecision.Replay, (await okayama.BeginAsync(Hash)).Decision);
        Assert.Equal(IdempotencyDecision.InFlight, (await tokyo.BeginAsync(OtherHash)).Decision);
        await tokyo.CompleteAsync(OtherHash, "{\"tokyo\":true}");
        Assert.Equal("{\"tokyo\":true}", (await tokyo.BeginAsync(OtherHash)).ResultJson);
        Assert.Equal(ResultJson, (await okayama.BeginAsync(Hash)).ResultJson);
    }

    private IIdempotencyKeyGrain Key(string prefectureCode = Okayama) =>
        fixture.Grains.GetGrain<IIdempotencyKeyGrain>(IdempotencyKeys.GrainKey(prefectureCode, clientKey));

    /// <summary>Deactivates this one activation (not the cluster's others); the next call activates it afresh.</summary>
    private static async Task DeactivateAsync(IIdempotencyKeyGrain key) =>
        await key.Cast<IGrainManagementExtension>().DeactivateOnIdle();
}
