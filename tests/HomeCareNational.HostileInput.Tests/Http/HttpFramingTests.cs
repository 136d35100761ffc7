using System.Net;
using System.Text;

namespace HomeCareNational.HostileInput.Tests.Http;

/// <summary>
/// Bodies framed wrongly (chunked encoding broken or cut short, lengths that lie, bodies over the size limit) and
/// upload parameters that do not parse: a 4xx with a code, never a 500 or a stack trace.
/// </summary>
[Collection(HostileService.Name)]
public sealed class HttpFramingTests(ServiceFixture service)
{
    private const string Query = "{\"query\":\"{ national { version } }\"}";

    private static readonly string ImportPath =
        $"/prefectures/{HostileCallers.Prefecture}/fiscal-years/{HostileCallers.FiscalYear}/designations/import";

    /// <summary>Kestrel gives a body 5 s of grace before it holds it to its minimum data rate, then answers 408.</summary>
    private static readonly TimeSpan BodyTimeout = TimeSpan.FromSeconds(10);

    private static readonly Dictionary<string, HostileRequest> Cases = new HostileRequest[]
    {
        Chunked("chunked: a chunk size that is not hex", "zz\r\n" + Query + "\r\n0\r\n\r\n"),
        Chunked("chunked: a chunk-size line of 100,000 digits", "1" + new string('0', 100_000) + "\r\n" + Query + "\r\n0\r\n\r\n"),
        Chunked("chunked: a chunk size past 64 bits", "FFFFFFFFFFFFFFFFFFFF\r\n" + Query + "\r\n0\r\n\r\n"),
        Chunked("chunked: a chunk extension of 100,000 bytes", "10;" + new string('x', 100_000) + "\r\n" + Query + "\r\n0\r\n\r\n"),
        new("chunked: the body stops arriving in the middle of a chunk", ChunkedRequest("400\r\n" + Query), HttpStatusCode.RequestTimeout, "REQUEST_TIMEOUT")
        {
            Bound = BodyTimeout,
        },
        Chunked("chunked: no CRLF after the chunk", $"{Query.Length:x}\r\n{Query}XX0\r\n\r\n"),
        Chunked("chunked: a negative chunk size", "-5\r\n" + Query + "\r\n0\r\n\r\n"),
        new("content-length: longer than the body sent",
            RawHttp.Send("POST /graphql HTTP/1.1\r\nContent-Type: application/json\r\nContent-Length: 4096", Encoding.UTF8.GetBytes(Query)),
            HttpStatusCode.RequestTimeout, "REQUEST_TIMEOUT") { Bound = BodyTimeout },
        new("content-length: over the 16 MiB body limit",
            RawHttp.Send("POST /graphql HTTP/1.1\r\nContent-Type: application/json\r\nContent-Length: 40000000", Encoding.UTF8.GetBytes(Query)),
            HttpStatusCode.RequestEntityTooLarge, "REQUEST_TOO_LARGE"),
        new("content-length: not a number",
            RawHttp.Send("POST /graphql HTTP/1.1\r\nContent-Type: application/json\r\nContent-Length: lots", Encoding.UTF8.GetBytes(Query)),
            HttpStatusCode.BadRequest, null),
        new("content-length and chunked together",
            RawHttp.Send("POST /graphql HTTP/1.1\r\nContent-Type: application/json\r\nContent-Length: 5\r\nTransfer-Encoding: chunked", Encoding.UTF8.GetBytes("0\r\n\r\n")),
            HttpStatusCode.BadRequest, "BAD_REQUEST"),
        new("a request line of 20,000 bytes",
            RawHttp.Send("GET /graphql?query=" + new string('x', 20_000) + " HTTP/1.1", []), HttpStatusCode.RequestUriTooLong, null),
        new("a header of 40,000 bytes",
            RawHttp.Send("GET /graphql HTTP/1.1\r\nX-Padding: " + new string('x', 40_000), []), HttpStatusCode.RequestHeaderFieldsTooLarge, null),
        Upload("import: a multipart body without its boundary", "multipart/form-data; boundary=never-sent",
            "--another\r\nContent-Disposition: form-data; name=\"file\"; filename=\"r.csv\"\r\n\r\na,b\r\n--another--\r\n"),
        Upload("import: a multipart body cut off before its closing boundary", "multipart/form-data; boundary=b",
            "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"r.csv\"\r\n\r\na,b\r\n"),
        Upload("import: a multipart body cut off inside the part headers", "multipart/form-data; boundary=b",
            "--b\r\nContent-Disposition: form-data; na"),
        Upload("import: multipart without a boundary parameter", "multipart/form-data", "--b\r\n\r\n--b--\r\n"),
        Upload("import: an empty multipart body", "multipart/form-data; boundary=b", ""),
        Upload("import: a boundary of 1,000 characters", "multipart/form-data; boundary=" + new string('b', 1000), "--b\r\n"),
        Upload("import: part headers of 100,000 bytes", "multipart/form-data; boundary=b",
            "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + new string('x', 100_000) + ".csv\"\r\n\r\na\r\n--b--\r\n"),
        new("import: dryRun=maybe", UploadRequest("?dryRun=maybe", "multipart/form-data; boundary=b",
            "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"r.csv\"\r\n\r\na,b\r\n--b--\r\n"), HttpStatusCode.BadRequest, "BAD_REQUEST"),
        new("import: fiscal year past Int32", RawHttp.Send(
            $"POST /prefectures/{HostileCallers.Prefecture}/fiscal-years/99999999999/designations/import HTTP/1.1\r\nContent-Type: multipart/form-data; boundary=b\r\nContent-Length: 0", [], c => c.Editor),
            HttpStatusCode.NotFound, null),
        new("import: chunked with a chunk size that is not hex", RawHttp.Send(
            $"POST {ImportPath} HTTP/1.1\r\nContent-Type: multipart/form-data; boundary=b\r\nTransfer-Encoding: chunked", Encoding.ASCII.GetBytes("zz\r\n--b--\r\n0\r\n\r\n"), c => c.Editor),
            HttpStatusCode.BadRequest, "BAD_REQUEST"),
    }.ToDictionary(c => c.Name);

    public static TheoryData<string> Names => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(Names))]
    public Task Is_refused_with_a_code_and_changes_nothing(string name) => new HostileCallers(service).AssertRefusedAsync(Cases[name]);

    private static HostileRequest Chunked(string name, string body) => new(name, ChunkedRequest(body), HttpStatusCode.BadRequest, "BAD_REQUEST");

    private static Func<HostileCallers, Task<HostileAnswer>> ChunkedRequest(string body) => RawHttp.Send(
        "POST /graphql HTTP/1.1\r\nContent-Type: application/json\r\nAccept: application/graphql-response+json\r\nTransfer-Encoding: chunked",
        Encoding.ASCII.GetBytes(body));

    private static HostileRequest Upload(string name, string contentType, string body) =>
        new(name, UploadRequest("", contentType, body), HttpStatusCode.BadRequest, "BAD_REQUEST");

    private static Func<HostileCallers, Task<HostileAnswer>> UploadRequest(string query, string contentType, string body)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        return RawHttp.Send($"POST {ImportPath}{query} HTTP/1.1\r\nContent-Type: {contentType}\r\nContent-Length: {bytes.Length}", bytes, c => c.Editor);
    }
}
