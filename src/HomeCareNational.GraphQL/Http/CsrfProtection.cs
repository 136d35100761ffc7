using HomeCareNational.GraphQL.Errors;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace HomeCareNational.GraphQL.Http;

/// <summary>
/// The CSRF protection of graphql-dotnet's own server: a request a browser could send cross-site without a CORS
/// preflight (no Content-Type, or a CORS-safelisted one) must carry a non-empty <see cref="HomeCareHeaders.RequirePreflight"/> header,
/// which a page can only add after a preflight. It matters for GET: a POST here must be application/json, which
/// browsers always preflight, and anything else is refused with 415 before it is read.
/// </summary>
public static class CsrfProtection
{
    /// <summary>The Content-Types a cross-site form or fetch may send without a preflight.</summary>
    private static readonly string[] CorsSafelisted = ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data"];

    /// <summary>Refuses a request that could have been forged cross-site.</summary>
    /// <exception cref="RequestRefusedException">400 with <c>CSRF_PROTECTION</c> when the request lacks the header.</exception>
    public static void Check(HttpRequest request)
    {
        if (!CouldBeSentWithoutPreflight(request.ContentType) || request.Headers[HomeCareHeaders.RequirePreflight] is [{ Length: > 0 }, ..])
        {
            return;
        }

        throw new RequestRefusedException(StatusCodes.Status400BadRequest, GraphQLErrorCodes.CsrfProtection,
            $"This request could have been sent by another web site: send it with a non-empty '{HomeCareHeaders.RequirePreflight}' header.");
    }

    /// <summary>A Content-Type that cannot be read counts as safelisted: refusing it is the safe side.</summary>
    private static bool CouldBeSentWithoutPreflight(string? contentType) =>
        contentType is null
        || !MediaTypeHeaderValue.TryParse(contentType, out var parsed)
        || CorsSafelisted.Contains(parsed.MediaType.Value, StringComparer.OrdinalIgnoreCase);
}
