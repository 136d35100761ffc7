using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using HomeCareNational.Identity;
using HomeCareNational.Identity.Development;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace HomeCareNational.HostileInput.Tests.Tokens;

/// <summary>
/// Tokens as the development issuer mints them for the hostile editor, then changed: as a descriptor before signing,
/// or as raw JSON claims signed again with the run's key (so the signature is valid and only the claims are wrong).
/// </summary>
internal static class ForgedTokens
{
    public static string Editor(ServiceFixture service, Action<SecurityTokenDescriptor> change, string prefecture = HostileCallers.Prefecture)
    {
        var token = service.Tokens.Describe(new DevelopmentTokenRequest(AppRoles.PrefectureEditor, prefecture));
        change(token);
        return new JsonWebTokenHandler().CreateToken(token);
    }

    /// <summary>The editor's token with its payload changed as JSON and signed again with the development key (HS256).</summary>
    public static string Resigned(ServiceFixture service, Action<JsonObject> change, string prefecture = HostileCallers.Prefecture)
    {
        var parts = Editor(service, _ => { }, prefecture).Split('.');
        var payload = JsonNode.Parse(Base64UrlEncoder.Decode(parts[1]))!.AsObject();
        change(payload);
        return Sign(Key(service), parts[0], Base64UrlEncoder.Encode(payload.ToJsonString()));
    }

    /// <summary>The run's development signing key.</summary>
    public static byte[] Key(ServiceFixture service) => Convert.FromBase64String(service.SigningKey);

    public static string Sign(byte[] key, string encodedHeader, string encodedPayload)
    {
        var signature = HMACSHA256.HashData(key, Encoding.ASCII.GetBytes($"{encodedHeader}.{encodedPayload}"));
        return $"{encodedHeader}.{encodedPayload}.{Base64UrlEncoder.Encode(signature)}";
    }

    public static long Seconds(DateTimeOffset instant) => instant.ToUnixTimeSeconds();
}
