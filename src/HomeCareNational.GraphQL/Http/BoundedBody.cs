using HomeCareNational.GraphQL.Errors;
using Microsoft.AspNetCore.Http;

namespace HomeCareNational.GraphQL.Http;

/// <summary>Reads a request body of at most a given size into memory, refusing a longer or broken one with its 4xx.</summary>
public static class BoundedBody
{
    /// <exception cref="RequestRefusedException">Over the size (413), broken framing or cut short (400), too slow (408).</exception>
    public static async Task<ArraySegment<byte>> ReadAsync(HttpRequest http, int maxBytes)
    {
        if (http.ContentLength > maxBytes)
        {
            throw TooLarge(maxBytes);
        }

        var buffer = new MemoryStream(http.ContentLength is { } length ? (int)length : 4096);
        var chunk = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await http.Body.ReadAsync(chunk, http.HttpContext.RequestAborted)) > 0)
            {
                if (buffer.Length + read > maxBytes)
                {
                    throw TooLarge(maxBytes);
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException exception)
        {
            // Kestrel's refusal of the body itself: broken chunked encoding, a body cut short, over its own limit, too slow.
            throw new RequestRefusedException(exception.StatusCode, ErrorCodes.ForStatus(exception.StatusCode), exception.StatusCode switch
            {
                StatusCodes.Status413PayloadTooLarge => "The body is larger than the service reads.",
                StatusCodes.Status408RequestTimeout => "The body did not arrive in time.",
                _ => Malformed,
            });
        }
        catch (IOException)
        {
            // Kestrel reports a chunk size past 32 bits as an IOException ("Bad chunk size data"), not as a refusal.
            throw new RequestRefusedException(StatusCodes.Status400BadRequest, ErrorCodes.BadRequest, Malformed);
        }

        return new ArraySegment<byte>(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private const string Malformed = "The body is not well-formed HTTP: its chunked encoding or length is broken, or it stops short.";

    private static RequestRefusedException TooLarge(int maxBytes) =>
        new(StatusCodes.Status413PayloadTooLarge, ErrorCodes.RequestTooLarge, $"The body is longer than {maxBytes} bytes, the most the service reads.");
}
