using System.Diagnostics;
using HomeCareNational.Host.Telemetry;

namespace HomeCareNational.Api.Tests.Operations;

/// <summary>What <see cref="SensitiveTagFilter"/> leaves of a span's tags, whatever an instrumentation recorded.</summary>
public sealed class SensitiveTagFilterTests
{
    private const string Jwt = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl";

    [Fact]
    public void An_authorization_tag_and_any_value_holding_a_bearer_token_or_a_JWT_are_replaced()
    {
        using var span = Filtered(
            ("http.request.header.authorization", "Basic dXNlcjpwYXNz"),
            ("note", $"Bearer {Jwt}"),
            ("db.statement", $"x {Jwt} y"));

        Assert.All(new[] { "http.request.header.authorization", "note", "db.statement" }, tag => Assert.Equal(SensitiveTagFilter.Redacted, span.GetTagItem(tag)));
    }

    [Fact]
    public void Token_looking_query_parameters_lose_their_values_and_the_rest_of_the_url_stays()
    {
        using var span = Filtered(("url.full", "https://host/cb?state=s1&code=abc123&access_token=t0k&sig=SAS&year=2024#top"));

        Assert.Equal("https://host/cb?state=s1&code=Redacted&access_token=Redacted&sig=Redacted&year=2024#top", span.GetTagItem("url.full"));
    }

    [Fact]
    public void Tags_without_secrets_are_left_as_they_are()
    {
        using var span = Filtered(("url.path", "/graphql"), ("http.response.status_code", 200), ("url.query", "?barcode=1&keyboard=2"));

        Assert.Equal("/graphql", span.GetTagItem("url.path"));
        Assert.Equal(200, span.GetTagItem("http.response.status_code"));
        Assert.Equal("?barcode=1&keyboard=2", span.GetTagItem("url.query"));
    }

    private static Activity Filtered(params (string Key, object Value)[] tags)
    {
        var span = new Activity("test");
        foreach (var (key, value) in tags)
        {
            span.SetTag(key, value);
        }

        new SensitiveTagFilter().OnEnd(span);
        return span;
    }
}
