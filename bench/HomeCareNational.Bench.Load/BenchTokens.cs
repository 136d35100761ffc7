using HomeCareNational.Identity;
using HomeCareNational.Identity.Development;
using Microsoft.Extensions.Hosting;

namespace HomeCareNational.Bench.Load;

/// <summary>
/// Real development tokens for the service under load, minted by the same issuer as the Host's <c>token</c> command,
/// from the same configuration (the Host's appsettings for its environment and the environment variables the script
/// exports): one per prefecture editor would take 47 runs of the command.
/// </summary>
internal sealed class BenchTokens
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(2);

    private readonly DevelopmentTokenIssuer issuer;
    private readonly Dictionary<string, string> minted = [];

    public BenchTokens(string hostContentRoot)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = hostContentRoot,
            EnvironmentName = Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT") ?? Environments.Development,
        });
        issuer = DevelopmentTokenIssuer.FromConfiguration(builder.Configuration, builder.Environment);
    }

    public string Analyst => Mint(new(AppRoles.MinistryAnalyst, Lifetime: Lifetime));

    public string Reader => Mint(new(AppRoles.DashboardReader, Lifetime: Lifetime));

    public string EditorOf(string prefectureCode) => Mint(new(AppRoles.PrefectureEditor, prefectureCode, Lifetime: Lifetime));

    private string Mint(DevelopmentTokenRequest request)
    {
        var key = $"{request.Role}|{request.PrefectureCode}";
        lock (minted)
        {
            if (!minted.TryGetValue(key, out var token))
            {
                token = issuer.Issue(request);
                minted[key] = token;
            }

            return token;
        }
    }
}
