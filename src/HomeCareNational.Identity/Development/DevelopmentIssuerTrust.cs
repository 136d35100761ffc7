using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace HomeCareNational.Identity.Development;

/// <summary>Points the API's bearer authentication at the development issuer instead of Entra.</summary>
internal static class DevelopmentIssuerTrust
{
    /// <summary>
    /// Runs after Microsoft.Identity.Web has configured <paramref name="options"/> for Entra. The static OpenID
    /// configuration holds the development issuer and key, so no metadata is ever fetched; the audience stays the API's.
    /// </summary>
    public static void Apply(JwtBearerOptions options, DevelopmentIssuerOptions issuer)
    {
        var configuration = new OpenIdConnectConfiguration { Issuer = issuer.Issuer };
        configuration.SigningKeys.Add(issuer.CreateSigningKey());
        options.ConfigurationManager = new StaticConfigurationManager<OpenIdConnectConfiguration>(configuration);

        // Identity.Web's issuer validator accepts Entra's issuer of any tenant and checks it against Entra's
        // metadata; the development issuer is not Entra's, so it is validated as the one valid issuer instead.
        options.TokenValidationParameters.IssuerValidator = null;
        options.TokenValidationParameters.ValidIssuer = issuer.Issuer;
        options.TokenValidationParameters.ValidIssuers = null;
        options.TokenValidationParameters.ValidAlgorithms = [SecurityAlgorithms.HmacSha256];
    }
}
