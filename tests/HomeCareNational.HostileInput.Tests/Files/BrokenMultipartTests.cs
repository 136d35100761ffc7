using System.Net;
using System.Text;
using HomeCareNational.Testing.Files;

namespace HomeCareNational.HostileInput.Tests.Files;

/// <summary>
/// Uploads whose multipart body is broken, or whose file is hostile inside a body that is broken too: each a 4xx
/// with its code, never a 500, and nothing stored.
/// </summary>
[Collection(HostileService.Name)]
public sealed class BrokenMultipartTests(ServiceFixture service)
{
    private const string Boundary = "----hostile-boundary";

    private const string NoFile = "ファイルがありません: multipart/form-data の「file」欄に入れて送ってください";

    private const string NotMultipart = "multipart/form-data でファイルを「file」欄に入れて送ってください";

    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(2);

    private static readonly byte[] FarCell = HostileFiles.All.Single(c => c.Name == "only cell at XFD1048576").Build();

    private static readonly Dictionary<string, HostileRequest> Cases = new HostileRequest[]
    {
        Case("no parts at all", () => Upload.Multipart(Boundary, []), HttpStatusCode.BadRequest, "BAD_REQUEST", NoFile),
        Case("the file under another field", () => Upload.Multipart(Boundary, [(Upload.FilePart("register.xlsx", "upload"), FarCell)]), HttpStatusCode.BadRequest, "BAD_REQUEST", NoFile),
        Case("the file as a plain field without a file name", () => Upload.Multipart(Boundary, [("Content-Disposition: form-data; name=\"file\"", FarCell)]), HttpStatusCode.BadRequest, "BAD_REQUEST", NoFile),
        Case("a boundary that is not in the body", () => Upload.Bytes(Encoding.UTF8.GetBytes("--other\r\n\r\nx\r\n--other--\r\n"), $"multipart/form-data; boundary={Boundary}"), HttpStatusCode.BadRequest, "BAD_REQUEST", NotMultipart),
        Case("cut off before the closing boundary", () => Upload.Multipart(Boundary, [(Upload.FilePart("register.xlsx"), FarCell)], closed: false), HttpStatusCode.BadRequest, "BAD_REQUEST", NotMultipart),
        Case("cut off inside the part headers", () => Upload.Bytes(Encoding.UTF8.GetBytes($"--{Boundary}\r\nContent-Disposition: form-data; na"), $"multipart/form-data; boundary={Boundary}"), HttpStatusCode.BadRequest, "BAD_REQUEST", NotMultipart),
        Case("multipart without a boundary parameter", () => Upload.Bytes(FarCell, "multipart/form-data"), HttpStatusCode.BadRequest, "BAD_REQUEST", NotMultipart),
        Case("a boundary of 200 characters", () => Upload.Multipart(new string('b', 200), [(Upload.FilePart("register.xlsx"), FarCell)]), HttpStatusCode.BadRequest, "BAD_REQUEST", NotMultipart),
        
        // Refused by routing, which matches the endpoint's declared content type, before the endpoint runs.
        Case("the file sent as the raw body", () => Upload.Bytes(FarCell, "application/octet-stream"), HttpStatusCode.UnsupportedMediaType, null, null),
        Case("a JSON body", () => Upload.Bytes("{\"file\":\"x\"}"u8.ToArray(), "application/json"), HttpStatusCode.UnsupportedMediaType, null, null),
        Case("an empty body", () => Upload.Bytes([], $"multipart/form-data; boundary={Boundary}"), HttpStatusCode.BadRequest, "BAD_REQUEST", NoFile),
        Case("a part header of 20 KiB", () => Upload.Multipart(Boundary, [(Upload.FilePart("register.xlsx") + "\r\nX-Padding: " + new string('p', 20 * 1024), FarCell)]), HttpStatusCode.BadRequest, "BAD_REQUEST", NotMultipart),
        Case("2,000 fields before the file", () => Upload.Multipart(Boundary, [.. Enumerable.Range(0, 2000).Select(i => ($"Content-Disposition: form-data; name=\"f{i}\"", "x"u8.ToArray())), (Upload.FilePart("register.xlsx"), FarCell)]), HttpStatusCode.BadRequest, "BAD_REQUEST", NotMultipart),
        Case("a far cell in a well-formed body", () => Upload.Multipart(Boundary, [(Upload.FilePart("register.xlsx"), FarCell)]), HttpStatusCode.UnprocessableEntity, "IMPORT_REJECTED", HostileFiles.All.Single(c => c.Name == "only cell at XFD1048576").Error),
        Case("an empty file", () => Upload.Multipart(Boundary, [(Upload.FilePart("register.csv"), [])]), HttpStatusCode.UnprocessableEntity, "IMPORT_REJECTED", "見出し行がありません: 1 行目に列名を入れてください"),
        Case("a file name without an extension", () => Upload.Multipart(Boundary, [(Upload.FilePart("register"), FarCell)]), HttpStatusCode.UnprocessableEntity, "IMPORT_REJECTED", "対応していないファイル形式です（「register」）: .xlsx か .csv のファイルを選んでください"),
        Case("a file name climbing out of its folder", () => Upload.Multipart(Boundary, [(Upload.FilePart("../../../../etc/register.xlsx"), FarCell)]), HttpStatusCode.UnprocessableEntity, "IMPORT_REJECTED", HostileFiles.All.Single(c => c.Name == "only cell at XFD1048576").Error),
        Case("a body one byte over the limit, with its length", () => Upload.Bytes(new byte[(10 * 1024 * 1024) + (64 * 1024) + 1], $"multipart/form-data; boundary={Boundary}"), HttpStatusCode.RequestEntityTooLarge, "FILE_TOO_LARGE", "ファイルサイズが上限の 10,485,760 バイトを超えています"),
    }.ToDictionary(c => c.Name);

    public static TheoryData<string> Names => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(Names))]
    public Task Is_refused_with_its_code_and_changes_nothing(string name) => new HostileCallers(service).AssertRefusedAsync(Cases[name]);

    private static HostileRequest Case(string name, Func<HttpContent> content, HttpStatusCode status, string? code, string? error) =>
        new(name, Upload.Raw(content, error is null ? [] : [error]), status, code) { Bound = Bound };
}
