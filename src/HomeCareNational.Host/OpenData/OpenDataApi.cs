using System.Globalization;
using System.Text;
using System.Text.Json;
using CsvHelper;
using HomeCareNational.Abstractions;
using HomeCareNational.Abstractions.Rounds;
using HomeCareNational.Domain.Reference;
using HomeCareNational.Domain.Register;
using Microsoft.Net.Http.Headers;

namespace HomeCareNational.Host.OpenData;

/// <summary>
/// Open data (オープンデータ): the official figures and records of every closed reporting round, public and without a
/// token. Each file is written to the response prefecture by prefecture as its accepted register is read, never built
/// for the whole country in memory. A closed round never changes, so each file's ETag is the round's version at close.
/// </summary>
public static class OpenDataApi
{
    public const string RoutePrefix = "/open-data";

    /// <summary>A round that was never opened, or is still open: nothing is published for it yet.</summary>
    public const string RoundNotPublishedCode = "ROUND_NOT_PUBLISHED";

    /// <summary>A file name other than the four files in CSV or JSON.</summary>
    public const string FileNotFoundCode = "OPEN_DATA_FILE_NOT_FOUND";

    private const string CsvExtension = ".csv";
    private const string JsonExtension = ".json";
    private const string DictionaryResource = "HomeCareNational.Host.OpenData.OPEN-DATA.md";

    public static IEndpointRouteBuilder MapHomeCareOpenData(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup(RoutePrefix).AllowAnonymous().WithTags("Open data");
        api.MapGet("", DataDictionary)
            .WithName("OpenDataDictionary")
            .WithDescription("The data dictionary of the open-data files (Markdown).");
        api.MapGet("/{fiscalYear:int}/{file}", FileAsync)
            .WithName("OpenDataFile")
            .WithDescription("One file of a closed round: designations, hubs, areas or totals, as .csv (UTF-8 with BOM) or .json. 404 with a code for a round not closed or a file that does not exist; 304 for a matching If-None-Match.");
        return endpoints;
    }

    private static IResult DataDictionary()
    {
        using var stream = typeof(OpenDataApi).Assembly.GetManifestResourceStream(DictionaryResource)
            ?? throw new InvalidOperationException($"The embedded resource {DictionaryResource} is missing from the build.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return TypedResults.Text(reader.ReadToEnd(), "text/markdown; charset=utf-8");
    }

    private static async Task<IResult> FileAsync(int fiscalYear, string file, HttpContext http, IGrainFactory grains, RegionGrouping grouping)
    {
        var extension = Path.GetExtension(file);
        var name = Path.GetFileNameWithoutExtension(file);
        if (extension is not (CsvExtension or JsonExtension) || !OpenDataFiles.Names.Contains(name))
        {
            return NotFound(FileNotFoundCode, $"There is no open-data file '{file}': the files are {string.Join(", ", OpenDataFiles.Names.Select(n => n + CsvExtension))} and the same as {JsonExtension}.");
        }

        if (!FiscalYear.IsSupported(fiscalYear) || await grains.GetGrain<IReportingRoundGrain>(fiscalYear).GetAsync() is not { IsClosed: true } round)
        {
            return NotFound(RoundNotPublishedCode, string.Create(CultureInfo.InvariantCulture,
                $"The reporting round of fiscal year {fiscalYear} is not closed, so nothing is published for it yet; open data is published when the ministry closes the round."));
        }

        var etag = new EntityTagHeaderValue(string.Create(CultureInfo.InvariantCulture, $"\"{fiscalYear}-{round.Version}-{name}{extension}\""));
        http.Response.Headers.ETag = etag.ToString();
        http.Response.Headers.CacheControl = "public, max-age=3600";
        if (http.Request.GetTypedHeaders().IfNoneMatch is { Count: > 0 } ifNoneMatch && ifNoneMatch.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(etag, useStrongComparison: false)))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        var table = OpenDataFiles.Of(name, round, grouping, AcceptedRegistersAsync(grains, round, http.RequestAborted));
        if (extension == CsvExtension)
        {
            http.Response.ContentType = "text/csv; charset=utf-8";
            await WriteCsvAsync(http.Response.Body, table, http.RequestAborted);
        }
        else
        {
            http.Response.ContentType = "application/json; charset=utf-8";
            await WriteJsonAsync(http.Response.Body, table, http.RequestAborted);
        }

        return TypedResults.Empty;
    }

    /// <summary>Each prefecture's register at its accepted version, in JIS code order, read one at a time.</summary>
    private static async IAsyncEnumerable<(Prefecture, PrefectureRegister)> AcceptedRegistersAsync(
        IGrainFactory grains, ReportingRound round, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var prefecture in Prefectures.All)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (round.SubmissionOf(prefecture.Code).Accepted is { } accepted
                && await grains.GetGrain<IPrefectureRegisterGrain>(PrefectureRegisterKey.Of(prefecture.Code, round.FiscalYear)).GetRegisterAtAsync(accepted.Version) is { } register)
            {
                yield return (prefecture, register);
            }
        }
    }

    private static async Task WriteCsvAsync(Stream body, OpenDataTable table, CancellationToken cancellationToken)
    {
        // The BOM tells Excel the file is UTF-8, as the import template's users open it.
        await using var text = new StreamWriter(body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true);
        await using var csv = CsvWriter.Create(text, CsvWriterOptions.Default, true);
        await csv.WriteRecordAsync([.. table.Headers], cancellationToken);
        await foreach (var batch in table.Batches.WithCancellation(cancellationToken))
        {
            foreach (var row in batch)
            {
                await csv.WriteRecordAsync([.. row], cancellationToken);
            }

            await csv.FlushAsync(cancellationToken);
            await text.FlushAsync(cancellationToken);
        }
    }

    private static async Task WriteJsonAsync(Stream body, OpenDataTable table, CancellationToken cancellationToken)
    {
        await using var json = new Utf8JsonWriter(body, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartArray();
        await foreach (var batch in table.Batches.WithCancellation(cancellationToken))
        {
            foreach (var row in batch)
            {
                json.WriteStartObject();
                for (var i = 0; i < table.Headers.Count; i++)
                {
                    json.WriteString(table.Headers[i], row[i]);
                }

                json.WriteEndObject();
            }

            await json.FlushAsync(cancellationToken);
        }

        json.WriteEndArray();
        await json.FlushAsync(cancellationToken);
    }

    private static IResult NotFound(string code, string message) =>
        TypedResults.Json(new OpenDataError(code, message), statusCode: StatusCodes.Status404NotFound);

    /// <summary>The body of a refused open-data request.</summary>
    private sealed record OpenDataError(string Code, string Message);
}
