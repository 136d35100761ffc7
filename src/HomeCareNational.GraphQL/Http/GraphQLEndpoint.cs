using GraphQL.Transport;
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
            .WithDescription("GraphQL over HTTP: POST application/json {query, variables, operationName, extensions}, or GET with those "
                + $"as query parameters (queries only, with a '{CsrfProtection.HeaderName}' header); answers application/graphql-response+json or application/json.");

    private static async Task ExecuteAsync(
        HttpContext http,
        IDocumentExecuter<HomeCareSchema> executer,
        IGraphQLTextSerializer serializer,
        IOptions<GraphQLLimitsOptions> limits)
    {
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
            request = isGet
                ? GraphQLRequestReader.FromQueryString(http.Request, serializer)
                : await GraphQLRequestReader.FromBodyAsync(http.Request, serializer);
            GraphQLRequestReader.CheckDocument(request, limits.Value.MaxDocumentBytes);
        }
        catch (RequestRefusedException refusal)
        {
            await WriteErrorAsync(http, serializer, mediaType, refusal.Status, refusal.Code, refusal.Message);
            return;
        }

        var options = new ExecutionOptions
        {
            Query = request.Query,
            Variables = request.Variables,
            OperationName = request.OperationName,
            Extensions = request.Extensions,
            RequestServices = http.RequestServices,
            User = http.User,
            CancellationToken = http.RequestAborted,
        };
        if (isGet)
        {
            options.ValidationRules = HttpGetValidationRule.ForNewDocuments;
            options.CachedDocumentValidationRules = HttpGetValidationRule.ForCachedDocuments;
        }

        var result = await executer.ExecuteAsync(options);
        var status = ResponseStatus.Of(result, mediaType);
        if (status == StatusCodes.Status405MethodNotAllowed)
        {
            http.Response.Headers.Allow = HttpMethods.Post;
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
        http.Response.StatusCode = status;
        http.Response.ContentType = mediaType + "; charset=utf-8";
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }
}
