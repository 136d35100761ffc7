using GraphQL.Transport;
using HomeCareNational.GraphQL.Caching;
using HomeCareNational.GraphQL.Errors;
using HomeCareNational.GraphQL.Limits;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace HomeCareNational.GraphQL.Http;

/// <summary>
/// The GraphQL over HTTP endpoint. graphql-dotnet's own server package is not available here, so this is
/// the thin transport: read a request from a GET or a JSON POST, execute it, answer with the status codes the
/// specification sets. Other methods get 405 from routing.
/// </summary>
public static class GraphQLEndpoint
{
    public const string Route = "/graphql";

    public static RouteHandlerBuilder MapHomeCareGraphQL(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapMethods(Route, [HttpMethods.Get, HttpMethods.Post], ExecuteAsync)
            .WithName("GraphQL")
            .WithTags("GraphQL")
            .WithSummary("Executes a GraphQL request")
            .WithDescription("GraphQL over HTTP: POST application/json {query or documentId, variables, operationName, extensions}, or GET with those "
                + $"as query parameters (queries only, with a '{HomeCareHeaders.RequirePreflight}' header); answers application/graphql-response+json or application/json. "
                + "Query responses carry a weak ETag; a GET with a matching If-None-Match gets 304 without executing.");

    private static async Task ExecuteAsync(
        HttpContext http,
        IDocumentExecuter<HomeCareSchema> executer,
        IGraphQLTextSerializer serializer,
        IOptions<GraphQLLimitsOptions> limits,
        ResponseCaching caching,
        HomeCareMetrics metrics,
        TotalsResponseCache totalsAnswers)
    {
        if (ServerSentEvents.IsRequested(http.Request))
        {
            await ServerSentEvents.ExecuteAsync(http, executer, serializer, limits.Value);
            return;
        }

        var mediaType = GraphQLMediaTypes.Negotiate(http.Request.Headers.Accept);
        if (mediaType is null)
        {
            await WriteErrorAsync(http, serializer, GraphQLMediaTypes.Json, StatusCodes.Status406NotAcceptable, ErrorCodes.BadRequest,
                $"The Accept header allows neither {GraphQLMediaTypes.GraphQLResponse} nor {GraphQLMediaTypes.Json}.");
            return;
        }

        var isGet = HttpMethods.IsGet(http.Request.Method);
        GraphQLRequest request;
        try
        {
            request = await GraphQLRequestReader.ReadAsync(http.Request, serializer, limits.Value);
        }
        catch (RequestRefusedException refusal)
        {
            await WriteErrorAsync(http, serializer, mediaType, refusal.Status, refusal.Code, refusal.Message);
            return;
        }

        // Read before executing, and for POST too: only the executed result tells a query from a mutation.
        Microsoft.Net.Http.Headers.EntityTagHeaderValue etag;
        try
        {
            etag = await caching.ETagAsync(http.User, request, mediaType);
        }
        catch (Exception e) when (ClusterUnavailableError.IsCausedBy(e))
        {
            await WriteAsync(http, serializer, StatusCodes.Status503ServiceUnavailable, mediaType, new ExecutionResult { Errors = [new ClusterUnavailableError()] });
            return;
        }

        // Every answer that may be reused says so the same way, and is counted once.
        void AnswerWithETag(bool notModified)
        {
            http.Response.Headers.ETag = etag.ToString();
            http.Response.Headers.CacheControl = caching.CacheControlFor(http.User);
            http.Response.Headers.Vary = ResponseCaching.Vary;
            metrics.EtagAnswered(notModified);
        }

        if (isGet && ResponseCaching.IsNotModified(http.Request, etag))
        {
            AnswerWithETag(notModified: true);
            http.Response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        var keepsAnswer = totalsAnswers.Covers(request);
        if (keepsAnswer && totalsAnswers.TryGet(etag, out var kept))
        {
            AnswerWithETag(notModified: false);
            await WriteBodyAsync(http, StatusCodes.Status200OK, mediaType, kept);
            return;
        }

        var result = await executer.ExecuteAsync(GraphQLRequestReader.ExecutionOptions(http, request));
        if (result.Streams is not null)
        {
            await WriteErrorAsync(http, serializer, mediaType, StatusCodes.Status406NotAcceptable, ErrorCodes.BadRequest,
                $"A subscription is answered as an event stream (GraphQL over Server-Sent Events): send Accept: {ServerSentEvents.MediaType}.");
            return;
        }

        var status = ResponseStatus.Of(result, mediaType);
        if (status == StatusCodes.Status405MethodNotAllowed)
        {
            http.Response.Headers.Allow = HttpMethods.Post;
        }

        if (ResponseCaching.IsCacheable(result))
        {
            AnswerWithETag(notModified: false);
            if (keepsAnswer && status == StatusCodes.Status200OK)
            {
                using var buffer = new MemoryStream();
                await serializer.WriteAsync(buffer, result, http.RequestAborted);
                var body = buffer.ToArray();
                totalsAnswers.Add(etag, body);
                await WriteBodyAsync(http, status, mediaType, body);
                return;
            }
        }

        await WriteAsync(http, serializer, status, mediaType, result);
    }

    private static Task WriteErrorAsync(HttpContext http, IGraphQLTextSerializer serializer, string mediaType, int status, string code, string message) =>
        WriteAsync(http, serializer, status, mediaType, new ExecutionResult
        {
            Errors = [new ExecutionError(message) { Code = code }],
        });

    private static async Task WriteAsync(HttpContext http, IGraphQLTextSerializer serializer, int status, string mediaType, ExecutionResult result)
    {
        if (!http.Response.Headers.ContainsKey(Microsoft.Net.Http.Headers.HeaderNames.CacheControl))
        {
            // Mutations, errors and refusals: nothing to reuse.
            http.Response.Headers.CacheControl = ResponseCaching.NoStore;
        }

        WriteStatus(http, status, mediaType);
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }

    /// <summary>An answer serialized already (<see cref="TotalsResponseCache"/>); its cache headers are written.</summary>
    private static async Task WriteBodyAsync(HttpContext http, int status, string mediaType, byte[] body)
    {
        WriteStatus(http, status, mediaType);
        await http.Response.Body.WriteAsync(body, http.RequestAborted);
    }

    private static void WriteStatus(HttpContext http, int status, string mediaType)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = mediaType + "; charset=utf-8";
    }
}
