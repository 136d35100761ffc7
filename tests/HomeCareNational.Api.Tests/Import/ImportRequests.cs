using System.Globalization;
using System.Net.Http.Headers;
using System.Text;

namespace HomeCareNational.Api.Tests.Import;

/// <summary>Register files and the upload, as a prefecture's browser or script sends them.</summary>
internal static class ImportRequests
{
    public static string[] Header =>
        ["医療機関コード", "名称", "種別", "市町村コード", "圏域ID", "退院支援", "日常の療養支援", "急変時の対応", "看取り", "24時間対応", "指定日", "状態"];

    /// <summary>A valid Okayama (33) row: a clinic, or a visiting nurse station (non-clinical) when <paramref name="nursing"/>.</summary>
    public static string[] Row(string code, int year, bool nursing = false, string? kind = null) =>
        [code, $"（テスト）取込{code}", kind ?? (nursing ? "VisitingNurseStation" : "在宅療養支援診療所"), "33101", "", "○", "○", "○", "×", "○",
            string.Create(CultureInfo.InvariantCulture, $"{year}-04-01"), "指定中"];

    /// <summary>A UTF-8 CSV (with a BOM, as Excel's "CSV UTF-8" writes it) of the header and <paramref name="rows"/>.</summary>
    public static byte[] Csv(params string[][] rows)
    {
        var text = string.Join("\r\n", new[] { Header }.Concat(rows).Select(r => string.Join(",", r))) + "\r\n";
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)];
    }

    public static string ImportPath(string prefecture, int year, bool dryRun = false) =>
        string.Create(CultureInfo.InvariantCulture, $"/prefectures/{prefecture}/fiscal-years/{year}/designations/import") + (dryRun ? "?dryRun=true" : "");

    public static Task<HttpResponseMessage> ImportAsync(
        this HttpClient client, string prefecture, int year, byte[] file, string fileName = "register.csv", bool dryRun = false)
    {
        var content = new MultipartFormDataContent();
        var part = new ByteArrayContent(file);
        part.Headers.ContentType = new MediaTypeHeaderValue(fileName.EndsWith(".csv", StringComparison.Ordinal) ? "text/csv" : "application/octet-stream");
        content.Add(part, "file", fileName);
        return client.PostAsync(ImportPath(prefecture, year, dryRun), content);
    }
}
