using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Caching.Memory;

namespace HomeCareNational.Identity.Authentication;

/// <summary>
/// The callers of bearer tokens that passed every check (signature, issuer, audience, lifetime, the token rules and
/// the tenant registry), kept until the token's own expiry: a dashboard polls with one token many times a minute, and
/// each check's answer for the same token can only change at its expiry. A token is kept by its whole text, so a
/// token changed in any way, or any other token, is checked in full; one past its expiry is checked in full again
/// (and refused as before). A restart, which a change of the tenant registry needs, starts empty.
/// </summary>
internal sealed class ValidatedTokenCache(TimeProvider time) : IDisposable
{
    /// <summary>Tokens kept at once; past that, new tokens are checked in full until older ones expire.</summary>
    private const int MaxTokens = 10_000;

    private readonly MemoryCache callers = new(new MemoryCacheOptions { SizeLimit = MaxTokens });

    public bool TryGet(string token, [NotNullWhen(true)] out CallerIdentity? caller)
    {
        if (callers.TryGetValue(token, out Entry? entry) && time.GetUtcNow() < entry!.Expires)
        {
            caller = entry.Caller;
            return true;
        }

        caller = null;
        return false;
    }

    public void Add(string token, CallerIdentity caller, DateTimeOffset expires)
    {
        // Relative, so the entry goes when the cache's own clock says; TryGet still decides by the service's clock.
        var left = expires - time.GetUtcNow();
        if (left > TimeSpan.Zero)
        {
            callers.Set(token, new Entry(caller, expires), new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = left });
        }
    }

    public void Dispose() => callers.Dispose();

    private sealed record Entry(CallerIdentity Caller, DateTimeOffset Expires);
}
