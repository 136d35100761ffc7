using System.Net;
using System.Text;

namespace HomeCareNational.HostileInput.Tests.Http;

/// <summary>
/// In Development too, a body over the limit, a broken chunk size, a body that stops arriving and a query parameter
/// that does not bind are answered with a code and no stack trace: the developer exception page never answers.
/// </summary>
public sealed class DevelopmentEnvironmentTests(DevelopmentServiceFixture service) : IClassFixture<DevelopmentServiceFixture>
{
    private static readonly string ImportPath =
        $"/prefectures/{HostileCallers.Prefecture}/fiscal-years/{HostileCallers.FiscalYear}/designations/import";

    private static readonly byte[] Upload = Encoding.ASCII.GetBytes("--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"r.csv\"\r\n\r\na\r\n--b--\r\n");

    private static readonly Dictionary<string, HostileRequest> Cases = new HostileRequest[]
    {
        new("development: ?dryRun=maybe", RawHttp.Send(
            $"POST {ImportPath}?dryRun=maybe HTTP/1.1\r\nContent-Type: multipart/form-data; boundary=b\r\nContent-Length: {Upload.Length}", Upload, c => c.Editor),
            HttpStatusCode.BadRequest, "BAD_REQUEST"),
        new("development: a GraphQL body over the limit", RawHttp.Send(
            "POST /graphql HTTP/1.1\r\nContent-Type: application/json\r\nContent-Length: 40000000", Encoding.ASCII.GetBytes("{\"query\":")),
            HttpStatusCode.RequestEntityTooLarge, "REQUEST_TOO_LARGE"),
        new("development: a GraphQL chunk size that is not hex", RawHttp.Send(
            "POST /graphql HTTP/1.1\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked", Encoding.ASCII.GetBytes("zz\r\n{}\r\n0\r\n\r\n")),
            HttpStatusCode.BadRequest, "BAD_REQUEST"),
        new("development: a GraphQL body that stops arriving", RawHttp.Send(
            "POST /graphql HTTP/1.1\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked", Encoding.ASCII.GetBytes("400\r\n{\"query\":")),
            HttpStatusCode.RequestTimeout, "REQUEST_TIMEOUT") { Bound = TimeSpan.FromSeconds(10) },
        new("development: a GraphQL number past every .NET number", Send.GraphQL("query($y: Int) { national(fiscalYear: $y) { version } }", "{\"y\":1e400}"),
            HttpStatusCode.BadRequest, "BAD_REQUEST"),
        new("development: an import route with a fiscal year that is not a number", RawHttp.Send(
            $"POST /prefectures/33/fiscal-years/x/designations/import HTTP/1.1\r\nContent-Length: 0", [], c => c.Editor),
            HttpStatusCode.NotFound, null),
    }.ToDictionary(c => c.Name);

    public static TheoryData<string> Names => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(Names))]
    public Task Is_answered_with_a_code_and_no_stack_trace(string name) => new HostileCallers(service).AssertRefusedAsync(Cases[name]);
}
