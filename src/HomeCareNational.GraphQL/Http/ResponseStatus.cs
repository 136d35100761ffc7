using GraphQL.Execution;
using HomeCareNational.GraphQL.Errors;
using Microsoft.AspNetCore.Http;

namespace HomeCareNational.GraphQL.Http;

/// <summary>The HTTP status of an executed request, as the GraphQL over HTTP specification sets it.</summary>
public static class ResponseStatus
{
    public static int Of(ExecutionResult result, string mediaType)
    {
        // Under either media type: the request could not be served, and a client or load balancer should retry elsewhere.
        if (result.Errors?.Any(e => e is ClusterUnavailableError) == true)
        {
            return StatusCodes.Status503ServiceUnavailable;
        }

        if (result.Errors?.Any(e => e is MutationOverGetError) == true)
        {
            return StatusCodes.Status405MethodNotAllowed;
        }

        // Storage out of reach: the request was executed, but a client or load balancer must see that it may retry.
        if (result.Errors?.Any(e => e.Code is ErrorCodes.StorageUnavailable or ErrorCodes.StorageOutcomeUnknown) == true)
        {
            return StatusCodes.Status503ServiceUnavailable;
        }

        // Legacy application/json clients get 200 for every well-formed request; under graphql-response+json a
        // request that was not executed is a 4xx (it could not be parsed or validated) or a 5xx (it ran out of time).
        if (result.Executed || mediaType == GraphQLMediaTypes.Json)
        {
            return StatusCodes.Status200OK;
        }

        return result.Errors?.Any(e => e is TimeoutError) == true ? StatusCodes.Status504GatewayTimeout : StatusCodes.Status400BadRequest;
    }
}
