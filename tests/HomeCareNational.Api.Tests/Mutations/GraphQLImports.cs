using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using HomeCareNational.Abstractions.Idempotency;
using HomeCareNational.Api.Tests.Import;
using HomeCareNational.Application;

namespace HomeCareNational.Api.Tests.Mutations;

/// <summary>Register files for any prefecture, sent through the <c>importDesignations</c> mutation or the upload with a key.</summary>
internal static class GraphQLImports
{
    public const string ImportDesignations = """
        mutation ($prefecture: String!, $year: Int!, $fileName: String!, $content: String!, $dryRun: Boolean!, $key: String) {
          importDesignations(prefecture: $prefecture, fiscalYear: $year, fileName: $fileName, contentBase64: $content, dryRun: $dryRun, idempotencyKey: $key) {
            dryRun
            added { count institutionCodes }
            updated { count institutionCodes }
            withdrawn { count institutionCodes }
            unchanged
            totals { total clinical nonClinical version }
          }
        }
        """;

    /// <summary>Code page 932, the Shift_JIS Japanese Excel writes.</summary>
    public static Encoding ShiftJis { get; } = CodePagesEncodingProvider.Instance.GetEncoding(932)
        ?? throw new InvalidOperationException("Code page 932 (Shift_JIS) is not available.");

    public static Dictionary<string, object?> Variables(
        string prefecture, int year, byte[] file, string fileName, bool dryRun = false, string? idempotencyKey = null) =>
        VariablesWithContent(prefecture, year, Convert.ToBase64String(file), fileName, dryRun, idempotencyKey);

    public static Dictionary<string, object?> VariablesWithContent(
        string prefecture, int year, string contentBase64, string fileName, bool dryRun = false, string? idempotencyKey = null) => new()
        {
            ["prefecture"] = prefecture,
            ["year"] = year,
            ["fileName"] = fileName,
            ["content"] = contentBase64,
            ["dryRun"] = dryRun,
            ["key"] = idempotencyKey,
        };

    /// <summary>
    /// A valid row designated on 1 April of <paramref name="year"/> in the prefecture's first city (<c>{prefecture}201</c>):
    /// a clinic, or a visiting nurse station (non-clinical) when <paramref name="nursing"/>.
    /// </summary>
    public static string[] Row(string code, string prefecture, int year, bool nursing = false, string? name = null) =>
        [code, name ?? $"（テスト）取込{code}", nursing ? "VisitingNurseStation" : "在宅療養支援診療所", $"{prefecture}201", "", "○", "○", "○", "×", "○",
            string.Create(CultureInfo.InvariantCulture, $"{year}-04-01"), "指定中"];

    /// <summary>The header and <paramref name="rows"/> as CSV text.</summary>
    public static string CsvText(params string[][] rows) =>
        string.Join("\r\n", new[] { ImportRequests.Header }.Concat(rows).Select(r => string.Join(",", r))) + "\r\n";

    /// <summary>A UTF-8 CSV with a BOM.</summary>
    public static byte[] Csv(params string[][] rows) => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(CsvText(rows))];

    /// <summary>The upload of <see cref="ImportRequests.ImportAsync"/>, with an <c>Idempotency-Key</c> header.</summary>
    public static async Task<HttpResponseMessage> ImportWithKeyAsync(this HttpClient client, string prefecture, int year, byte[] file, string key, string fileName = "register.csv")
    {
        var part = new ByteArrayContent(file);
        part.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        using var request = new HttpRequestMessage(HttpMethod.Post, ImportRequests.ImportPath(prefecture, year))
        {
            Content = new MultipartFormDataContent { { part, "file", fileName } },
        };
        request.Headers.Add(HomeCareHeaders.IdempotencyKey, key);
        return await client.SendAsync(request);
    }
}
