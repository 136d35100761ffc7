using Microsoft.Net.Http.Headers;

namespace HomeCareNational.Host.Hosting;

/// <summary>The headers every page the service serves (GraphiQL, the dashboard) and its files carry.</summary>
public static class PageSecurityHeaders
{
    public static void Apply(HttpResponse response, string contentSecurityPolicy)
    {
        response.Headers[HeaderNames.ContentSecurityPolicy] = contentSecurityPolicy;
        response.Headers[HeaderNames.XContentTypeOptions] = "nosniff";
        response.Headers["Referrer-Policy"] = "no-referrer";
    }
}
