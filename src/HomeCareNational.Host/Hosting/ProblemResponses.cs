using HomeCareNational.GraphQL.Errors;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Routing;

namespace HomeCareNational.Host.Hosting;

/// <summary>
/// Every failure no endpoint answered itself becomes a problem-details response (RFC 9457) with a <c>code</c>, in
/// every environment: Kestrel's refusals of a body (413 too large, 400 broken framing, 408 too slow) with their
/// status, a query parameter that does not bind (<c>?dryRun=maybe</c>) with 400, anything else with 500. The
/// exception goes to the log only; the developer exception page, which ASP.NET Core adds in Development, never
/// sees one.
/// </summary>
public static class ProblemResponses
{
    public const string CodeExtension = "code";

    public static IServiceCollection AddHomeCareProblemResponses(this IServiceCollection services)
    {
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            context.ProblemDetails.Extensions[CodeExtension] = ErrorCodes.ForStatus(context.ProblemDetails.Status ?? StatusCodes.Status500InternalServerError);
            context.ProblemDetails.Extensions.Remove("traceId");
            context.ProblemDetails.Extensions.Remove("exception");
        });
        // Off outside Development, binding failures would answer an empty 400; thrown, they come here with a code.
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        return services;
    }

    public static IApplicationBuilder UseHomeCareProblemResponses(this IApplicationBuilder app) =>
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            StatusCodeSelector = exception => exception is BadHttpRequestException refused ? refused.StatusCode : StatusCodes.Status500InternalServerError,
        });
}
