using Microsoft.Extensions.FileProviders;
using HomeCareNational.Host.Hosting;

namespace HomeCareNational.Host.GraphiQL;

/// <summary>
/// GraphiQL at <c>GET /graphiql</c>: a page and its scripts, embedded in this assembly from the repository's npm packages
/// (GraphiQL.targets), so the service needs no CDN. Loading the page needs no token; the API calls it makes carry the
/// token the user pastes into it.
/// </summary>
public static class GraphiQLEndpoints
{
    public const string Path = "/graphiql";

    /// <summary>Only the service's own origin: GraphiQL's fonts and icons are data: URIs inside its stylesheet.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self' data:; " +
        "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private const string ResourceNamespace = "GraphiQL";
    private const string PageFile = "index.html";

    public static WebApplication MapHomeCareGraphiQL(this WebApplication app)
    {
        var files = new EmbeddedFileProvider(typeof(GraphiQLEndpoints).Assembly, ResourceNamespace);
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            RequestPath = Path,
            OnPrepareResponse = context => AddSecurityHeaders(context.Context.Response),
        });

        app.MapGet(Path, (HttpContext context) =>
            {
                AddSecurityHeaders(context.Response);
                context.Response.Headers.CacheControl = "no-cache";
                return TypedResults.Stream(files.GetFileInfo(PageFile).CreateReadStream(), "text/html; charset=utf-8");
            })
            .WithName("GraphiQL")
            .WithTags("GraphiQL")
            .WithDescription("GraphiQL, the in-browser GraphQL IDE, for this service's API; paste a bearer token into the page.")
            .ExcludeFromDescription();
        return app;
    }

    private static void AddSecurityHeaders(HttpResponse response) => PageSecurityHeaders.Apply(response, ContentSecurityPolicy);
}
