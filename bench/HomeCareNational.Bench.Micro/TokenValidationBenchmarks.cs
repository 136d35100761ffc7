using BenchmarkDotNet.Attributes;
using HomeCareNational.Identity;
using HomeCareNational.Identity.Development;
using HomeCareNational.Identity.Tenancy;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace HomeCareNational.Bench.Micro;

/// <summary>
/// Validating a Dashboard.Reader's development token (HS256) as JwtBearer does on every request: signature, issuer,
/// audience, lifetime. Entra's RS256 tokens cost more to verify.
/// </summary>
[MemoryDiagnoser]
public class TokenValidationBenchmarks
{
    private const string Audience = "bench0000-0000-0000-0000-00000000a001";
    private const string MinistryTenant = "be000000-0000-4000-8000-000000000000";

    private readonly JsonWebTokenHandler handler = new();
    private string token = "";
    private TokenValidationParameters parameters = new();

    [GlobalSetup]
    public void Setup()
    {
        var issuer = new DevelopmentIssuerOptions
        {
            Enabled = true,
            SigningKey = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)),
        };
        var tenants = new TenantRegistryOptions { MinistryTenantId = MinistryTenant };
        token = new DevelopmentTokenIssuer(issuer, tenants, Audience, TimeProvider.System).Issue(new(AppRoles.DashboardReader));
        parameters = new TokenValidationParameters
        {
            ValidIssuer = issuer.Issuer,
            ValidAudience = Audience,
            IssuerSigningKey = new SymmetricSecurityKey(Convert.FromBase64String(issuer.SigningKey)),
            ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
        };
    }

    [Benchmark]
    public async Task<bool> ValidateToken() => (await handler.ValidateTokenAsync(token, parameters)).IsValid
        ? true
        : throw new InvalidOperationException("The benchmark's token did not validate.");
}
