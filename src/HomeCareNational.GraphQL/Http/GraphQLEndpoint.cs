using System.Text.Json;
using GraphQL.Transport;
using HomeCareNational.GraphQL.Errors;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace HomeCareNational.GraphQL.Http;

/// <summary>
/// The GraphQL over HTTP endpoint. graphql-dotnet's own server package is not available here, so this is
/// the thin transport: read a JSON request, execute it, answer with the status codes the specification sets.
/// </summary>
public static class GraphQLEndpoint
{
    public const string Route = "/graphql";

    public static RouteHandlerBuilder MapHomeCareGraphQL(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost(Route, ExecuteAsync)
            .WithName("GraphQL")
            .WithTags("GraphQL")
            .WithSummary("Executes a GraphQL request")
            .WithDescription("GraphQL over HTTP: POST application/json {query, variables, operationName}; answers application/graphql-response+json or application/json.");

    private static async Task ExecuteAsync(HttpContext http, IDocumentExecuter<HomeCareSchema> executer, IGraphQLTextSerializer serializer)
    {
        var mediaType = GraphQLMediaTypes.Negotiate(http.Request.Headers.Accept);
        if (mediaType is null)
        {
            await WriteRequestErrorAsync(http, serializer, StatusCodes.Status406NotAcceptable, GraphQLMediaTypes.Json,
                $"The Accept header allows neither {GraphQLMediaTypes.GraphQLResponse} nor {GraphQLMediaTypes.Json}.");
            return;
        }

        if (!GraphQLMediaTypes.IsJsonRequest(http.Request.ContentType))
        {
            await WriteRequestErrorAsync(http, serializer, StatusCodes.Status415UnsupportedMediaType, mediaType,
                $"Send the request as Content-Type: {GraphQLMediaTypes.Json} (charset utf-8).");
            return;
        }

        GraphQLRequest? request;
        try
        {
            request = await serializer.ReadAsync<GraphQLRequest>(http.Request.Body, http.RequestAborted);
        }
        catch (JsonException exception)
        {
            await WriteRequestErrorAsync(http, serializer, StatusCodes.Status400BadRequest, mediaType,
                $"The body is not a JSON GraphQL request object: {exception.Message}");
            return;
        }

        if (string.IsNullOrWhiteSpace(request?.Query))
        {
            await WriteRequestErrorAsync(http, serializer, StatusCodes.Status400BadRequest, mediaType, "The request has no 'query'.");
            return;
        }

        var result = await executer.ExecuteAsync(new ExecutionOptions
        {
            Query = request.Query,
            Variables = request.Variables,
            OperationName = request.OperationName,
            Extensions = request.Extensions,
            RequestServices = http.RequestServices,
            User = http.User,
            CancellationToken = http.RequestAborted,
        });

        // The specification: a request that could not be executed (parse or validation failure) is a 4xx
        // under graphql-response+json, while legacy application/json clients always get 200.
        var status = result.Executed || mediaType == GraphQLMediaTypes.Json ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest;
        await WriteAsync(http, serializer, status, mediaType, result);
    }

    private static Task WriteRequestErrorAsync(HttpContext http, IGraphQLTextSerializer serializer, int status, string mediaType, string message) =>
        WriteAsync(http, serializer, status, mediaType, new ExecutionResult
        {
            Errors = [new ExecutionError(message) { Code = ErrorCodes.BadRequest }],
        });

    private static async Task WriteAsync(HttpContext http, IGraphQLTextSerializer serializer, int status, string mediaType, ExecutionResult result)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = mediaType + "; charset=utf-8";
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }
}
