using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using HomeCareNational.Testing.Files;
using Xunit.Abstractions;

namespace HomeCareNational.HostileInput.Tests.Files;

/// <summary>
/// The heaviest uploads there are, each sent over real HTTP as a dry run while a thread samples the process's working
/// set (the service runs in this process): none raises it by more than <see cref="MaxRise"/> over what it was after a
/// full collection just before.
/// </summary>
[Collection(HostileService.Name)]
public sealed class ImportMemoryTests(ServiceFixture service, ITestOutputHelper output)
{
    /// <summary>The bound for a single request of any kind.</summary>
    private const long MaxRise = 256L * 1024 * 1024;

    private static readonly string[] Headers =
        ["医療機関コード", "名称", "種別", "市町村コード", "圏域ID", "退院支援", "日常の療養支援", "急変時の対応", "看取り", "24時間対応", "指定日", "状態"];

    private static readonly Dictionary<string, Func<(byte[] File, string Name)>> Uploads = new()
    {
        ["20,000 full rows as .xlsx"] = () => (XlsxParts.Zip(XlsxParts.Workbook(SheetRows(20_000), "A1:L20001")), "register.xlsx"),
        ["20,000 rows with long names as a 10 MiB .csv"] = () => (Csv(20_000, nameLength: 145), "register.csv"),
        ["the heaviest hostile file"] = () => HostileFiles.All.Single(c => c.Name == "2,400,001 elements in a part ClosedXML would load") is var h ? (h.Build(), h.FileName) : default,
    };

    public static TheoryData<string> Names => [.. Uploads.Keys];

    [Theory]
    [MemberData(nameof(Names))]
    public async Task One_upload_raises_the_working_set_by_at_most_256_MiB(string name)
    {
        var (file, fileName) = Uploads[name]();
        var callers = new HostileCallers(service);
        using var process = Process.GetCurrentProcess();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        process.Refresh();
        var baseline = process.WorkingSet64;
        var peak = baseline;
        using var done = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!done.IsCancellationRequested)
            {
                process.Refresh();
                peak = Math.Max(peak, process.WorkingSet64);
                await Task.Delay(2);
            }
        });

        var clock = Stopwatch.StartNew();
        using var content = Upload.Multipart("----memory", [(Upload.FilePart(fileName), file)]);
        using var response = await callers.Editor.PostAsync(Upload.Path(dryRun: true), content);
        var body = await response.Content.ReadAsStringAsync();
        clock.Stop();
        await done.CancelAsync();
        await sampler;

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name}: {file.Length / 1024:N0} KiB, answered {(int)response.StatusCode} in {clock.ElapsedMilliseconds:N0} ms; working set {baseline / 1048576:N0} MiB before, peak {peak / 1048576:N0} MiB (+{(peak - baseline) / 1048576:N0} MiB), server GC {System.Runtime.GCSettings.IsServerGC}"));
        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.UnprocessableEntity, $"{(int)response.StatusCode}: {body[..Math.Min(body.Length, 400)]}");
        Assert.DoesNotContain("として読めません: ファイルが壊れているか", body, StringComparison.Ordinal);
        Assert.True(peak - baseline <= MaxRise, $"{name}: the working set rose by {(peak - baseline) / 1048576:N0} MiB, over {MaxRise / 1048576} MiB.");
    }

    /// <summary>Row 1 the headers, then <paramref name="count"/> rows of 12 inline-string cells.</summary>
    private static string SheetRows(int count)
    {
        var rows = new StringBuilder();
        for (var row = 1; row <= count + 1; row++)
        {
            var cells = row == 1 ? Headers : Row(row - 1, 20);
            rows.Append(CultureInfo.InvariantCulture, $"<row r=\"{row}\">");
            for (var column = 0; column < cells.Length; column++)
            {
                rows.Append(CultureInfo.InvariantCulture, $"<c r=\"{(char)('A' + column)}{row}\" t=\"inlineStr\"><is><t>{cells[column]}</t></is></c>");
            }

            rows.Append("</row>");
        }

        return rows.ToString();
    }

    private static byte[] Csv(int count, int nameLength) =>
        Encoding.UTF8.GetBytes(string.Concat(new[] { Headers }.Concat(Enumerable.Range(1, count).Select(n => Row(n, nameLength))).Select(r => string.Join(',', r) + "\r\n")));

    /// <summary>A valid clinic of the hostile editor's prefecture (33), its name <paramref name="nameLength"/> characters long.</summary>
    private static string[] Row(int n, int nameLength) =>
    [
        string.Create(CultureInfo.InvariantCulture, $"33{n:D8}"), ("在宅クリニック" + n.ToString(CultureInfo.InvariantCulture)).PadRight(nameLength, '院'), "在宅療養支援診療所", "33101", "",
        "○", "○", "○", "○", "○", "2024-04-01", "指定中",
    ];
}
