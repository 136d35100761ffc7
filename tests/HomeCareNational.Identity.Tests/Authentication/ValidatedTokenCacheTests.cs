using Microsoft.Extensions.Time.Testing;
using HomeCareNational.Identity.Authentication;

namespace HomeCareNational.Identity.Tests.Authentication;

/// <summary>A token's checked caller is answered again until the token's own expiry, and only for the very same token.</summary>
public sealed class ValidatedTokenCacheTests
{
    private const string Token = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJiZW5jaCJ9.c2lnbmF0dXJl";

    private static readonly CallerIdentity Reader = new("oid", "Dashboard", "tenant", null, [AppRoles.DashboardReader], IsApplication: true, ClientAppId: "app");

    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 12, 4, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public void A_checked_token_is_answered_until_its_expiry_and_not_from_then_on()
    {
        using var cache = new ValidatedTokenCache(time);
        cache.Add(Token, Reader, time.GetUtcNow().AddMinutes(10));

        Assert.True(cache.TryGet(Token, out var kept));
        Assert.Same(Reader, kept);
        time.Advance(TimeSpan.FromMinutes(10));
        Assert.False(cache.TryGet(Token, out _));
    }

    [Fact]
    public void A_token_that_has_expired_already_is_not_kept()
    {
        using var cache = new ValidatedTokenCache(time);
        cache.Add(Token, Reader, time.GetUtcNow());

        Assert.False(cache.TryGet(Token, out _));
    }

    [Fact]
    public void A_token_changed_in_one_character_is_not_answered()
    {
        using var cache = new ValidatedTokenCache(time);
        cache.Add(Token, Reader, time.GetUtcNow().AddMinutes(10));

        Assert.False(cache.TryGet(Token[..^1] + "X", out _));
    }
}
