using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.Tokens;

namespace HomeCareNational.HostileInput.Tests.Tokens;

/// <summary>
/// Forged, broken and ambiguous tokens, each carrying a write the hostile editor could make: 401 before anything
/// executes, and nothing written.
/// </summary>
[WritesRegisters(Year, HostileCallers.Prefecture)]
[Collection(HostileService.Name)]
public sealed class TokenTests(ServiceFixture service)
{
    /// <summary>The ministry's guest prefecture: its callers' prefecture comes from the token's prefecture claim.</summary>
    private const string GuestPrefecture = TestIdentity.GuestPrefecture;

    private const string PrefectureClaim = "extn.prefectureCode";

    /// <summary>A fiscal year of the token cases' own writes.</summary>
    private const int Year = 2031;

    private static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;

    private static int attempt;

    private static readonly Dictionary<string, Func<ServiceFixture, string?>> Tokens = new()
    {
        ["no token"] = _ => null,
        ["an empty token"] = _ => "",
        ["not a JWT"] = _ => "not-a-token",
        ["three empty parts"] = _ => "..",
        ["a JWT of 20,000 bytes of garbage"] = _ => new string('a', 10_000) + "." + new string('b', 9_998) + ".c",
        ["alg none"] = s => $"{Base64UrlEncoder.Encode("""{"alg":"none","typ":"JWT"}""")}.{ForgedTokens.Editor(s, _ => { }).Split('.')[1]}.",
        ["alg none without the dot"] = s => $"{Base64UrlEncoder.Encode("""{"alg":"none"}""")}.{ForgedTokens.Editor(s, _ => { }).Split('.')[1]}",
        ["alg HS512 claimed over an HS256 signature"] = s => Header(s, """{"alg":"HS512","typ":"JWT"}"""),
        ["alg RS256 claimed over an HMAC signature"] = s => Header(s, """{"alg":"RS256","typ":"JWT"}"""),
        ["a header that is not JSON"] = s => Header(s, "{alg"),
        ["a tampered signature"] = s => Tamper(ForgedTokens.Editor(s, _ => { }), 2),
        ["a signature of another key"] = s => Resign(ForgedTokens.Editor(s, _ => { }), RandomNumberGenerator.GetBytes(32)),
        ["a signature of a one-byte key"] = s => Resign(ForgedTokens.Editor(s, _ => { }), [1]),
        ["claims changed after signing"] = s => Tamper(ForgedTokens.Editor(s, _ => { }), 1),
        ["expired an hour ago"] = s => ForgedTokens.Editor(s, t => { t.IssuedAt = t.NotBefore = Now.AddHours(-2).UtcDateTime; t.Expires = Now.AddHours(-1).UtcDateTime; }),
        ["not valid for another hour"] = s => ForgedTokens.Editor(s, t => { t.IssuedAt = Now.UtcDateTime; t.NotBefore = Now.AddHours(1).UtcDateTime; t.Expires = Now.AddHours(2).UtcDateTime; }),
        ["another audience"] = s => ForgedTokens.Editor(s, t => t.Audience = "api://another-api"),
        ["another issuer"] = s => ForgedTokens.Editor(s, t => t.Issuer = "https://login.microsoftonline.com/" + TestIdentity.MinistryTenantId + "/v2.0"),
        ["a tenant not in the registry"] = s => ForgedTokens.Editor(s, t => t.Claims["tid"] = Guid.NewGuid().ToString()),
        ["no object id"] = s => ForgedTokens.Resigned(s, p => p.Remove("oid")),
        ["exp as a string"] = s => ForgedTokens.Resigned(s, p => p["exp"] = ForgedTokens.Seconds(Now.AddHours(1)).ToString(CultureInfo.InvariantCulture)),
        ["nbf as a string"] = s => ForgedTokens.Resigned(s, p => p["nbf"] = ForgedTokens.Seconds(Now.AddMinutes(-1)).ToString(CultureInfo.InvariantCulture)),
        ["iat as a string"] = s => ForgedTokens.Resigned(s, p => p["iat"] = ForgedTokens.Seconds(Now.AddMinutes(-1)).ToString(CultureInfo.InvariantCulture)),
        ["exp as an array"] = s => ForgedTokens.Resigned(s, p => p["exp"] = new JsonArray(ForgedTokens.Seconds(Now.AddHours(1)))),
        ["exp in the year 9999"] = s => ForgedTokens.Resigned(s, p => p["exp"] = ForgedTokens.Seconds(new DateTimeOffset(9999, 1, 1, 0, 0, 0, TimeSpan.Zero))),
        ["valid for 25 hours"] = s => ForgedTokens.Resigned(s, p => p["exp"] = ForgedTokens.Seconds(Now.AddHours(25))),
        ["issued two days ago, valid one more hour"] = s => ForgedTokens.Resigned(s, p =>
        {
            p["iat"] = ForgedTokens.Seconds(Now.AddDays(-2));
            p["nbf"] = ForgedTokens.Seconds(Now.AddDays(-2));
            p["exp"] = ForgedTokens.Seconds(Now.AddHours(1));
        }),
        ["no iat, valid for 30 days"] = s => ForgedTokens.Resigned(s, p =>
        {
            p.Remove("iat");
            p["exp"] = ForgedTokens.Seconds(Now.AddDays(30));
        }),
        ["roles as a plain string"] = s => ForgedTokens.Resigned(s, p => p["roles"] = "Prefecture.Editor"),
        ["roles holding a number"] = s => ForgedTokens.Resigned(s, p => p["roles"] = new JsonArray("Prefecture.Editor", 7)),
        ["roles as an object"] = s => ForgedTokens.Resigned(s, p => p["roles"] = new JsonObject { ["Prefecture.Editor"] = true }),
        ["a guest's prefecture claim holding [\"33\",\"13\"]"] = s => ForgedTokens.Resigned(s, p => p[PrefectureClaim] = new JsonArray("33", "13"), GuestPrefecture),
        ["a guest's prefecture claim holding [\"13\",\"33\"]"] = s => ForgedTokens.Resigned(s, p => p[PrefectureClaim] = new JsonArray("13", "33"), GuestPrefecture),
        ["a guest's prefecture claim holding [\"33\"]"] = s => ForgedTokens.Resigned(s, p => p[PrefectureClaim] = new JsonArray("33"), GuestPrefecture),
        ["a guest's prefecture claim as the number 33"] = s => ForgedTokens.Resigned(s, p => p[PrefectureClaim] = 33, GuestPrefecture),
        ["a guest's prefecture claim as an object"] = s => ForgedTokens.Resigned(s, p => p[PrefectureClaim] = new JsonObject { ["code"] = "33" }, GuestPrefecture),
        ["a payload that is not JSON, validly signed"] = s => ForgedTokens.Sign(ForgedTokens.Key(s), ForgedTokens.Editor(s, _ => { }).Split('.')[0], Base64UrlEncoder.Encode("{\"oid\":")),
        ["a payload of 20,000 bytes, validly signed"] = s => ForgedTokens.Resigned(s, p => p["padding"] = new string('x', 20_000)),
    };

    private static readonly Dictionary<string, HostileRequest> Cases = Tokens.ToDictionary(
        entry => entry.Key,
        entry => new HostileRequest("token: " + entry.Key, Write(entry.Value), HttpStatusCode.Unauthorized, null));

    public static TheoryData<string> Names => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(Names))]
    public Task Is_401_and_writes_nothing(string name) => new HostileCallers(service).AssertRefusedAsync(Cases[name]);

    [Fact]
    public async Task The_write_they_carry_is_accepted_with_the_editors_own_token_and_shows_in_the_snapshot()
    {
        var callers = new HostileCallers(service);
        var before = await DataSnapshot.TakeAsync(callers.Analyst);

        var answer = await Write(s => ForgedTokens.Editor(s, _ => { }))(callers);

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Null(answer.Code);
        Assert.NotEqual(before, await DataSnapshot.TakeAsync(callers.Analyst));
    }

    [Fact]
    public async Task A_token_of_40_KB_is_refused_by_Kestrel_before_it_is_read()
    {
        var hostile = new HostileRequest("token: 40 KB", Write(s => ForgedTokens.Resigned(s, p => p["padding"] = new string('x', 40_000))), HttpStatusCode.RequestHeaderFieldsTooLarge, null);

        await new HostileCallers(service).AssertRefusedAsync(hostile);
    }

    /// <summary>
    /// The write each token carries: the hostile editor's prefecture (which the guests' forged claims name too) gets
    /// a new home-care area in a year of its own, which would change its version and the country's if the token were
    /// accepted.
    /// </summary>
    private static Func<HostileCallers, Task<HostileAnswer>> Write(Func<ServiceFixture, string?> token) => async callers =>
    {
        using var client = callers.Anonymous(token(callers.Service));
        var areaId = "H" + Interlocked.Increment(ref attempt).ToString(CultureInfo.InvariantCulture);
        var mutation = $$"""mutation { submitHomeCareAreas(prefecture: "{{HostileCallers.Prefecture}}", fiscalYear: {{Year}}, areas: [{ areaId: "{{areaId}}", name: "偽", unitType: SECONDARY_MEDICAL_AREA, municipalityCodes: ["33101"] }]) { version } }""";
        using var response = await client.PostAsync("/graphql", new StringContent(JsonSerializer.Serialize(new { query = mutation }), Encoding.UTF8, "application/json"));
        return await HostileAnswer.ReadAsync(response);
    };

    private static string Header(ServiceFixture service, string header) =>
        $"{Base64UrlEncoder.Encode(header)}.{string.Join('.', ForgedTokens.Editor(service, _ => { }).Split('.')[1..])}";

    private static string Tamper(string token, int part)
    {
        var parts = token.Split('.');
        var chars = parts[part].ToCharArray();
        chars[10] = chars[10] == 'A' ? 'B' : 'A';
        parts[part] = new string(chars);
        return string.Join('.', parts);
    }

    private static string Resign(string token, byte[] key)
    {
        var parts = token.Split('.');
        return ForgedTokens.Sign(key, parts[0], parts[1]);
    }
}
