using HomeCareNational.Application.Errors;
using HomeCareNational.Host.Hosting;
using HomeCareNational.Identity;
using HomeCareNational.Identity.Authentication;
using HomeCareNational.Identity.Development;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;

namespace HomeCareNational.Host.Dashboard;

/// <summary>
/// The ministry's dashboard at <c>GET /dashboard</c>: a single page of ES modules, embedded in this assembly with
/// ECharts and MSAL.js from the repository's npm packages (Dashboard.targets), its configuration, the development
/// sign-in and the .xlsx download. The page and its files need no token; every figure it shows comes from
/// <c>/graphql</c> with the signed-in user's token.
/// </summary>
public static class DashboardEndpoints
{
    public const string Path = "/dashboard";

    public const string ConfigurationPath = Path + "/config.json";

    public const string WorkbookPath = Path + "/table.xlsx";

    private const string ResourceNamespace = "Dashboard";
    private const string PageFile = "index.html";
    private const string XlsxMediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static WebApplication MapHomeCareDashboard(this WebApplication app)
    {
        var files = new EmbeddedFileProvider(typeof(DashboardEndpoints).Assembly, ResourceNamespace);
        var policy = ContentSecurityPolicy(EntraSignIn.From(app.Services.GetRequiredService<IOptions<AzureAdOptions>>().Value));
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            RequestPath = Path,
            OnPrepareResponse = context =>
            {
                PageSecurityHeaders.Apply(context.Context.Response, policy);
                // The files change with the release, not the URL: revalidate rather than serve a stale module.
                context.Context.Response.Headers.CacheControl = "no-cache";
            },
        });

        var dashboard = app.MapGroup(Path).WithTags("Dashboard").ExcludeFromDescription();
        dashboard.MapGet("", (HttpContext context) =>
            {
                PageSecurityHeaders.Apply(context.Response, policy);
                context.Response.Headers.CacheControl = "no-cache";
                return TypedResults.Stream(files.GetFileInfo(PageFile).CreateReadStream(), "text/html; charset=utf-8");
            })
            .WithName("Dashboard")
            .WithDescription("The ministry's dashboard: national, regional and prefectural figures, live; sign in on the page.");

        dashboard.MapGet("/config.json", (IOptions<AzureAdOptions> azureAd, IOptions<DevelopmentIssuerOptions> issuer, IConfiguration configuration, IHostEnvironment environment, HttpContext context) =>
            {
                context.Response.Headers.CacheControl = "no-cache";
                return TypedResults.Ok(DashboardConfiguration.From(azureAd, issuer, configuration, environment));
            })
            .WithName("DashboardConfiguration")
            .WithDescription("How the dashboard signs in (MSAL.js settings from AzureAd; whether the development sign-in is offered) and whether demo data is loaded.");

        dashboard.MapPost("/table.xlsx", WriteWorkbook)
            .RequireAuthorization(HomeCarePolicies.Caller)
            .WithName("DashboardTableWorkbook")
            .WithDescription("The table the page shows (its rows in the body) as an .xlsx workbook. Any signed-in caller; the service reads no data for it.");

        app.MapDevelopmentSignIn();
        return app;
    }

    /// <summary>
    /// The service's own origin, plus the Entra authority for MSAL.js's token requests (the authorization code is
    /// redeemed there with PKCE; no script, style or frame comes from it). ECharts draws on a canvas and sets styles
    /// through the DOM, so no inline style or script is needed.
    /// </summary>
    public static string ContentSecurityPolicy(EntraSignIn entra) =>
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        $"connect-src 'self' {entra.AuthorityOrigin}; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private static Results<FileContentHttpResult, ProblemHttpResult> WriteWorkbook(TableWorkbook? table)
    {
        if (table is null)
        {
            return Invalid(DashboardErrorCodes.InvalidTable, "body: a JSON object with sheet, columns and rows.");
        }

        if (table.Problem() is { } problem)
        {
            return Invalid(DashboardErrorCodes.InvalidTable, problem);
        }

        return TypedResults.File(table.Write(), XlsxMediaType, table.Sheet + ".xlsx");
    }

    /// <summary>A 400 problem with its own <paramref name="code"/>, whose detail names the field.</summary>
    internal static ProblemHttpResult Invalid(string code, string detail) => ProblemResponses.Problem(StatusCodes.Status400BadRequest, code, detail);
}
