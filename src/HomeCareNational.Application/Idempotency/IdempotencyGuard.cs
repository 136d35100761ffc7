using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using HomeCareNational.Abstractions.Idempotency;
using Microsoft.Extensions.Logging;

namespace HomeCareNational.Application.Idempotency;

/// <summary>
/// Runs a change at most once per client idempotency key of a prefecture. The first request with a key runs and its
/// result is stored; a retry with the same operation and payload gets that result back and changes nothing; the key
/// with another payload, or while the first is still running, is refused with <see cref="IdempotencyRefusedException"/>.
/// Without a key the change simply runs.
/// </summary>
public sealed class IdempotencyGuard(IGrainFactory grains, ILogger<IdempotencyGuard> logger)
{
    /// <summary>How payloads are hashed and results stored: enums by name, so a stored result reads back after a release that reorders an enum.</summary>
    private static readonly JsonSerializerOptions Json = StoredJson.Records;

    /// <summary>The result, and whether it is the stored result of an earlier request with the same key.</summary>
    public readonly record struct Outcome<T>(T Result, bool Replayed);

    /// <param name="prefectureCode">The prefecture the key is scoped to.</param>
    /// <param name="key">The client's key; null to run without one.</param>
    /// <param name="operation">The operation's name, part of what the key is bound to.</param>
    /// <param name="payload">Everything else the key is bound to: the request's arguments or the file's hash.</param>
    /// <param name="run">The change itself.</param>
    public async Task<Outcome<T>> RunAsync<T>(string prefectureCode, string? key, string operation, object payload, Func<Task<T>> run)
    {
        if (key is null)
        {
            return new(await run(), false);
        }

        var grain = grains.GetGrain<IIdempotencyKeyGrain>(IdempotencyKeys.GrainKey(prefectureCode, key));
        var hash = Hash(operation, payload);
        var claim = await grain.BeginAsync(hash);
        switch (claim.Decision)
        {
            case IdempotencyDecision.Replay:
                return new(JsonSerializer.Deserialize<T>(claim.ResultJson!, Json)!, true);
            case IdempotencyDecision.Mismatch:
                throw new IdempotencyRefusedException(claim.Decision, $"Idempotency key \"{key}\" was already used with a different request (first seen {claim.FirstSeen:O}); use a new key for a new request.");
            case IdempotencyDecision.InFlight:
                throw new IdempotencyRefusedException(claim.Decision, $"A request with idempotency key \"{key}\" is still running; wait for it and retry to get its result.");
        }

        T result;
        try
        {
            result = await run();
        }
        catch
        {
            await grain.AbandonAsync(hash);
            throw;
        }

        try
        {
            await grain.CompleteAsync(hash, JsonSerializer.Serialize(result, Json));
        }
        catch (Exception exception)
        {
            // The change is made: the caller gets its result. Unrecorded, a retry runs again, which every register
            // change survives (it changes nothing the second time, or is refused as already done).
            logger.LogWarning(exception, "Storing the result of idempotency key {Key} of prefecture {Prefecture} failed", key, prefectureCode);
        }

        return new(result, false);
    }

    private static string Hash(string operation, object payload)
    {
        var bytes = Encoding.UTF8.GetBytes(operation + "\n" + JsonSerializer.Serialize(payload, payload.GetType(), Json));
        return Convert.ToHexString(SHA256.HashData(bytes));
    }
}
