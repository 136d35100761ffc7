using System.Net;
using System.Text;
using HomeCareNational.Application.Registers;
using HomeCareNational.Testing.Files;
using Microsoft.Extensions.DependencyInjection;

namespace HomeCareNational.HostileInput.Tests.Files;

/// <summary>
/// A burst of uploads: the service runs two imports and queues four (the defaults) before reading any of their files;
/// the next is refused at once with 429, Retry-After and TOO_MANY_IMPORTS (the mutation too), and changes nothing;
/// the turns come back when the imports end.
/// </summary>
[Collection(HostileService.Name)]
public sealed class ImportConcurrencyTests(ServiceFixture service)
{
    private const string Boundary = "----burst";

    private static readonly HostileFile FarCell = HostileFiles.All.Single(c => c.Name == "only cell at XFD1048576");

    [Fact]
    public async Task Past_the_running_and_queued_imports_an_upload_is_refused_with_429_and_Retry_After_and_the_turns_come_back()
    {
        var callers = new HostileCallers(service);
        var gate = service.Services.GetRequiredService<ImportGate>();
        var release = new TaskCompletionSource();
        var file = FarCell.Build();
        var held = Enumerable.Range(0, ImportConcurrencyOptions.DefaultMaxConcurrent + ImportConcurrencyOptions.DefaultMaxQueued)
            .Select(_ => callers.Editor.PostAsync(Upload.Path(), new StalledUpload(Boundary, file, release.Task)))
            .ToList();
        await WhenFullAsync(gate);

        await callers.AssertRefusedAsync(new HostileRequest(
            "the seventh upload of a burst", Upload.Rest(file, FarCell.FileName, gate.BusyMessage), HttpStatusCode.TooManyRequests, "TOO_MANY_IMPORTS")
            { Bound = TimeSpan.FromSeconds(1) });
        using (var again = await callers.Editor.PostAsync(Upload.Path(), Multipart(file)))
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, again.StatusCode);
            Assert.Equal(TimeSpan.FromSeconds(ImportConcurrencyOptions.DefaultRetryAfterSeconds), again.Headers.RetryAfter?.Delta);
        }

        var mutation = await Send.GraphQL(
            "mutation ($c: String!) { importDesignations(prefecture: \"33\", fiscalYear: 2024, fileName: \"register.xlsx\", contentBase64: $c) { dryRun } }",
            $"{{\"c\":\"{Convert.ToBase64String(file)}\"}}",
            c => c.Editor)(callers);
        Assert.Equal("TOO_MANY_IMPORTS", mutation.Code);

        release.SetResult();
        foreach (var response in await Task.WhenAll(held))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
            response.Dispose();
        }

        using var after = await callers.Editor.PostAsync(Upload.Path(), Multipart(file));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, after.StatusCode);
    }

    private static async Task WhenFullAsync(ImportGate gate)
    {
        for (var wait = TimeSpan.Zero; wait < TimeSpan.FromSeconds(20); wait += TimeSpan.FromMilliseconds(20))
        {
            if (gate.Statistics is { CurrentAvailablePermits: 0, CurrentQueuedCount: ImportConcurrencyOptions.DefaultMaxQueued })
            {
                return;
            }

            await Task.Delay(20);
        }

        Assert.Fail($"The gate did not fill: {gate.Statistics?.CurrentAvailablePermits} free, {gate.Statistics?.CurrentQueuedCount} queued.");
    }

    private static HttpContent Multipart(byte[] file) => Upload.Multipart(Boundary, [(Upload.FilePart("register.xlsx"), file)]);

    /// <summary>A multipart upload whose first bytes go out at once and the rest only when released: it holds its turn meanwhile.</summary>
    private sealed class StalledUpload : HttpContent
    {
        private readonly string _boundary;
        private readonly byte[] _file;
        private readonly Task _release;

        public StalledUpload(string boundary, byte[] file, Task release)
        {
            (_boundary, _file, _release) = (boundary, file, release);
            Headers.TryAddWithoutValidation("Content-Type", $"multipart/form-data; boundary={boundary}");
        }

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            var boundary = _boundary;
            await stream.WriteAsync(Encoding.UTF8.GetBytes($"--{boundary}\r\n{Upload.FilePart("register.xlsx")}\r\n\r\n"));
            await stream.FlushAsync();
            await _release;
            await stream.WriteAsync(_file);
            await stream.WriteAsync(Encoding.UTF8.GetBytes($"\r\n--{boundary}--\r\n"));
        }

        protected override bool TryComputeLength(out long length)
        {
            length = -1;
            return false;
        }
    }
}
