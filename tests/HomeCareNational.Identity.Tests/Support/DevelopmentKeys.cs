using System.Security.Cryptography;

namespace HomeCareNational.Identity.Tests.Support;

internal static class DevelopmentKeys
{
    public const string Audience = "0e1a0000-0000-4000-8000-00000000a001";

    public static string NewKey(int bytes = 32) => Convert.ToBase64String(RandomNumberGenerator.GetBytes(bytes));

    public static DevelopmentIssuerOptions Enabled(string? key = null) => new() { Enabled = true, SigningKey = key ?? NewKey() };
}
