using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace HomeCareNational.HostileInput.Tests.Support;

/// <summary>
/// Sends bytes no HTTP client library would send (broken chunked encoding, bodies cut short) over a plain socket,
/// and reads the status line, the headers and the body of the answer.
/// </summary>
public static class RawHttp
{
    /// <summary>
    /// Writes <paramref name="head"/> (the request line and headers, without the blank line; <c>Host</c>,
    /// <c>Authorization</c> and <c>Connection: close</c> are added) and <paramref name="body"/>, and reads the answer
    /// until the service closes the connection. The connection stays open meanwhile (Kestrel drops a request whose
    /// client half-closes), so a body that stops short is one that stops arriving.
    /// </summary>
    public static Func<HostileCallers, Task<HostileAnswer>> Send(string head, byte[] body, Func<HostileCallers, HttpClient>? caller = null) =>
        async callers =>
        {
            var client = (caller ?? (c => c.Analyst))(callers);
            var authorization = client.DefaultRequestHeaders.Authorization?.ToString();
            using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            await socket.ConnectAsync(IPAddress.Loopback, callers.BaseAddress.Port);
            var headers = $"{head}\r\nHost: {callers.BaseAddress.Authority}\r\n"
                + (authorization is null ? "" : $"Authorization: {authorization}\r\n")
                + "Connection: close\r\n\r\n";
            await using var stream = new NetworkStream(socket, ownsSocket: false);
            try
            {
                await stream.WriteAsync(Encoding.ASCII.GetBytes(headers));
                await stream.WriteAsync(body);
            }
            catch (IOException)
            {
                // The service may answer and close before the whole body is written (413); its answer is still there to read.
            }

            using var answer = new MemoryStream();
            try
            {
                await stream.CopyToAsync(answer);
            }
            catch (IOException)
            {
                // A reset after the answer: what arrived is the answer.
            }

            return Parse(answer.ToArray());
        };

    private static HostileAnswer Parse(byte[] bytes)
    {
        var end = bytes.AsSpan().IndexOf("\r\n\r\n"u8);
        Assert.True(end > 0, $"No HTTP answer: '{Encoding.UTF8.GetString(bytes)}'");
        var lines = Encoding.ASCII.GetString(bytes, 0, end).Split("\r\n");
        var status = (HttpStatusCode)int.Parse(lines[0].Split(' ')[1], CultureInfo.InvariantCulture);
        var headers = lines.Skip(1).Select(l => l.Split(':', 2)).ToDictionary(p => p[0].Trim(), p => p[1].Trim(), StringComparer.OrdinalIgnoreCase);
        var body = bytes.AsSpan(end + 4);
        var chunked = headers.TryGetValue("Transfer-Encoding", out var encoding) && encoding.Contains("chunked", StringComparison.OrdinalIgnoreCase);
        var mediaType = headers.TryGetValue("Content-Type", out var type) ? type.Split(';')[0] : null;
        return new HostileAnswer(status, mediaType, Encoding.UTF8.GetString(chunked ? Dechunk(body) : body));
    }

    private static byte[] Dechunk(ReadOnlySpan<byte> chunked)
    {
        var body = new MemoryStream();
        while (chunked.IndexOf("\r\n"u8) is var lineEnd and > 0)
        {
            var size = int.Parse(Encoding.ASCII.GetString(chunked[..lineEnd]).Split(';')[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            if (size == 0)
            {
                break;
            }

            body.Write(chunked.Slice(lineEnd + 2, size));
            chunked = chunked[(lineEnd + 2 + size + 2)..];
        }

        return body.ToArray();
    }
}
