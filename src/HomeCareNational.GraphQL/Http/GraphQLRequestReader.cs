using HomeCareNational.Abstractions.Idempotency;
using System.Text;
using System.Text.Json;
using GraphQL.Transport;
using HomeCareNational.GraphQL.Errors;
using HomeCareNational.GraphQL.Limits;
using Microsoft.AspNetCore.Http;
using GraphQLInputs = GraphQL.Inputs;

namespace HomeCareNational.GraphQL.Http;

/// <summary>
/// Reads the GraphQL request out of an HTTP request: from the query string of a GET (<c>query</c> or
/// <c>documentId</c>, <c>operationName</c>, and <c>variables</c> and <c>extensions</c> as JSON), from the JSON body of a POST.
/// Refuses, with the status the specification sets, what it cannot read.
/// </summary>
/// <exception cref="RequestRefusedException">From every method: the request is refused before execution.</exception>
public static class GraphQLRequestReader
{
    /// <summary>Reads the request of a GET or POST and checks its document's size.</summary>
    public static async Task<GraphQLRequest> ReadAsync(HttpRequest http, IGraphQLTextSerializer serializer, GraphQLLimitsOptions limits)
    {
        var request = HttpMethods.IsGet(http.Method) ? FromQueryString(http, serializer, limits) : await FromBodyAsync(http, serializer, limits);
        CheckDocument(request, limits.MaxDocumentBytes);
        return request;
    }

    /// <summary>The execution options of a request: the caller, its services and, over GET, the rule that keeps GET safe.</summary>
    public static ExecutionOptions ExecutionOptions(HttpContext http, GraphQLRequest request)
    {
        var options = new ExecutionOptions
        {
            Query = request.Query,
            DocumentId = request.DocumentId,
            Variables = request.Variables,
            OperationName = request.OperationName,
            Extensions = request.Extensions,
            RequestServices = http.RequestServices,
            User = http.User,
            CancellationToken = http.RequestAborted,
        };
        // Sent twice, the header's values arrive joined by a comma, which no key may contain: refused, not ignored.
        if (http.Request.Headers[HomeCareHeaders.IdempotencyKey] is { Count: > 0 } idempotencyKey)
        {
            options.UserContext[HomeCareHeaders.IdempotencyKey] = idempotencyKey.ToString();
        }

        if (HttpMethods.IsGet(http.Request.Method))
        {
            options.ValidationRules = HttpGetValidationRule.ForNewDocuments;
            options.CachedDocumentValidationRules = HttpGetValidationRule.ForCachedDocuments;
        }

        return options;
    }

    public static GraphQLRequest FromQueryString(HttpRequest http, IGraphQLTextSerializer serializer, GraphQLLimitsOptions limits)
    {
        CsrfProtection.Check(http);
        var query = http.Query;
        return new GraphQLRequest
        {
            Query = query["query"],
            DocumentId = query["documentId"],
            OperationName = query["operationName"],
            Variables = JsonParameter(query, "variables", serializer, limits),
            Extensions = JsonParameter(query, "extensions", serializer, limits),
        };
    }

    public static async Task<GraphQLRequest> FromBodyAsync(HttpRequest http, IGraphQLTextSerializer serializer, GraphQLLimitsOptions limits)
    {
        if (!GraphQLMediaTypes.IsJsonRequest(http.ContentType))
        {
            throw new RequestRefusedException(StatusCodes.Status415UnsupportedMediaType, ErrorCodes.BadRequest,
                $"Send the request as Content-Type: {GraphQLMediaTypes.Json} (charset utf-8).");
        }

        var body = await BoundedBody.ReadAsync(http, limits.MaxRequestBytes);
        JsonRequestGuard.Check(body, limits);
        IList<GraphQLRequest?>? requests;
        try
        {
            requests = await serializer.ReadAsync<IList<GraphQLRequest?>>(new MemoryStream(body.Array!, body.Offset, body.Count, writable: false), http.HttpContext.RequestAborted);
        }
        catch (JsonException exception)
        {
            throw BadRequest($"The body is not a JSON GraphQL request object ({Position(exception)}).");
        }

        // graphql-dotnet's serializer reads one request object as an array of one, and a JSON array as a list.
        return requests is GraphQLRequest[] and [{ } request]
            ? request
            : throw BadRequest("The body must be one JSON GraphQL request object; batches (JSON arrays) are not accepted.");
    }

    /// <summary>
    /// Refuses a request with neither a document nor a persisted document's id, or with a document longer than the
    /// service parses. (One with both is refused by graphql-dotnet's persisted document handler.)
    /// </summary>
    public static void CheckDocument(GraphQLRequest request, int maxDocumentBytes)
    {
        if (string.IsNullOrWhiteSpace(request.Query))
        {
            if (!string.IsNullOrWhiteSpace(request.DocumentId))
            {
                return;
            }

            throw BadRequest("The request has no 'query' and no 'documentId'.");
        }

        var bytes = Encoding.UTF8.GetByteCount(request.Query);
        if (bytes > maxDocumentBytes)
        {
            throw new RequestRefusedException(StatusCodes.Status413PayloadTooLarge, GraphQLErrorCodes.DocumentTooLarge,
                $"The document is {bytes} bytes long; at most {maxDocumentBytes} are accepted.");
        }
    }

    private static GraphQLInputs? JsonParameter(IQueryCollection query, string name, IGraphQLTextSerializer serializer, GraphQLLimitsOptions limits)
    {
        var json = query[name].ToString();
        if (json.Length == 0)
        {
            return null;
        }

        JsonRequestGuard.Check(Encoding.UTF8.GetBytes(json), limits);
        try
        {
            return serializer.Deserialize<GraphQLInputs>(json);
        }
        catch (JsonException exception)
        {
            throw BadRequest($"The query parameter '{name}' is not a JSON object ({Position(exception)}).");
        }
    }

    /// <summary>Where the JSON went wrong, without the exception's message: it can name the .NET types being read.</summary>
    private static string Position(JsonException exception) =>
        exception is { LineNumber: { } line, BytePositionInLine: { } column }
            ? $"at {exception.Path ?? "$"}, line {line + 1}, byte {column + 1}"
            : $"at {exception.Path ?? "$"}";

    private static RequestRefusedException BadRequest(string message) =>
        new(StatusCodes.Status400BadRequest, ErrorCodes.BadRequest, message);
}
