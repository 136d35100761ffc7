using HomeCareNational.Application.Errors;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace HomeCareNational.Host.Hosting;

/// <summary>
/// Every problem-details response (RFC 9457) carries a <c>code</c>: the one its endpoint gave it
/// (<see cref="Problem"/>), or else the status's. Every failure no endpoint answered itself becomes one, in
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
            // An endpoint that knows why it refused names its own code; the status's code is for the rest.
            context.ProblemDetails.Extensions.TryAdd(CodeExtension, ErrorCodes.ForStatus(context.ProblemDetails.Status ?? StatusCodes.Status500InternalServerError));
            context.ProblemDetails.Extensions.Remove("traceId");
            context.ProblemDetails.Extensions.Remove("exception");
        });
        // Off outside Development, binding failures would answer an empty 400; thrown, they come here with a code.
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        return services;
    }

    /// <summary>A problem with the endpoint's own <paramref name="code"/>, which the status's code does not replace.</summary>
    public static ProblemHttpResult Problem(int status, string code, string detail) =>
        TypedResults.Problem(detail, statusCode: status, extensions: new Dictionary<string, object?> { [CodeExtension] = code });

    public static IApplicationBuilder UseHomeCareProblemResponses(this IApplicationBuilder app) =>
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            StatusCodeSelector = exception => exception is BadHttpRequestException refused ? refused.StatusCode : StatusCodes.Status500InternalServerError,
        });
}
