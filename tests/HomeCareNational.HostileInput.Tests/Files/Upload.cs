using System.Text;
using System.Text.Json.Nodes;

namespace HomeCareNational.HostileInput.Tests.Files;

/// <summary>Ways of sending a register file as the hostile editor: the REST upload, well-formed or not.</summary>
internal static class Upload
{
    public static string Path(bool dryRun = false) =>
        FormattableString.Invariant($"/prefectures/{HostileCallers.Prefecture}/fiscal-years/{HostileCallers.FiscalYear}/designations/import") + (dryRun ? "?dryRun=true" : "");

    /// <summary>A well-formed multipart upload of <paramref name="file"/>; the answer's error lines must be <paramref name="errors"/>.</summary>
    public static Func<HostileCallers, Task<HostileAnswer>> Rest(byte[] file, string fileName, params string[] errors) =>
        Raw(() =>
        {
            var content = new MultipartFormDataContent();
            content.Add(new ByteArrayContent(file), "file", fileName);
            return content;
        }, errors);

    /// <summary>POSTs whatever <paramref name="content"/> makes to the upload; the answer's error lines must be <paramref name="errors"/> when any are given.</summary>
    public static Func<HostileCallers, Task<HostileAnswer>> Raw(Func<HttpContent> content, params string[] errors) =>
        async callers =>
        {
            // Expect: 100-continue lets a body refused by its length be refused before it is sent, and the answer read.
            using var request = new HttpRequestMessage(HttpMethod.Post, Path()) { Content = content() };
            request.Headers.ExpectContinue = true;
            using var response = await callers.Editor.SendAsync(request);
            var answer = await HostileAnswer.ReadAsync(response);
            AssertErrors(errors, answer);
            return answer;
        };

    /// <summary>Bytes as the body, under a Content-Type header written as given (valid or not).</summary>
    public static HttpContent Bytes(byte[] body, string contentType)
    {
        var content = new ByteArrayContent(body);
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        return content;
    }

    /// <summary>A multipart body written by hand: <paramref name="parts"/> (headers and content each) between boundaries, closed unless <paramref name="closed"/> is false.</summary>
    public static HttpContent Multipart(string boundary, IEnumerable<(string Headers, byte[] Content)> parts, bool closed = true, string? contentType = null)
    {
        using var body = new MemoryStream();
        foreach (var (headers, content) in parts)
        {
            body.Write(Encoding.UTF8.GetBytes($"--{boundary}\r\n{headers}\r\n\r\n"));
            body.Write(content);
            body.Write("\r\n"u8);
        }

        if (closed)
        {
            body.Write(Encoding.UTF8.GetBytes($"--{boundary}--\r\n"));
        }

        return Bytes(body.ToArray(), contentType ?? $"multipart/form-data; boundary={boundary}");
    }

    /// <summary>A part header for a file under <paramref name="field"/>.</summary>
    public static string FilePart(string fileName, string field = "file") =>
        $"Content-Disposition: form-data; name=\"{field}\"; filename=\"{fileName}\"\r\nContent-Type: application/octet-stream";

    private static void AssertErrors(string[] expected, HostileAnswer answer)
    {
        if (expected.Length > 0)
        {
            Assert.True(answer.MediaType == "application/json", $"answered {(int)answer.Status} {answer.MediaType}: {answer.Body}");
            var errors = JsonNode.Parse(answer.Body)?["errors"]?.AsArray() ?? [];
            Assert.Equal(expected, errors.Select(e => e?["text"]?.GetValue<string>()));
        }
    }
}
