using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using HomeCareNational.Abstractions.Idempotency;
using HomeCareNational.Application;
using HomeCareNational.Application.Access;
using HomeCareNational.Application.Errors;
using HomeCareNational.Application.Idempotency;
using HomeCareNational.Application.Registers;
using HomeCareNational.Domain.Register;
using HomeCareNational.Domain.Validation;
using HomeCareNational.Identity;
using HomeCareNational.Import;
using HomeCareNational.Import.Diff;
using HomeCareNational.Import.Template;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace HomeCareNational.Host.Api;

/// <summary>
/// Bulk import of a prefecture's register of designated institutions from .xlsx or .csv (IMPORT-FORMAT.md in
/// HomeCareNational.Import), and the template to fill in. All or nothing: a file with any error stores nothing.
/// </summary>
public static class RegisterImportApi
{
    public const string FileField = "file";

    /// <summary>Room for the multipart boundaries and part headers around a file of the largest size accepted.</summary>
    private const long MultipartOverheadBytes = 64 * 1024;

    /// <summary>Relaxed escaping keeps the Japanese messages readable, as in the GraphQL responses; the JSON is never embedded in HTML.</summary>
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static IEndpointRouteBuilder MapRegisterImportApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("").WithTags("Register import").RequireAuthorization(HomeCarePolicies.Caller);

        api.MapGet("/register-template.xlsx", GetTemplate)
            .WithName("GetRegisterTemplate")
            .WithSummary("The .xlsx template for a register import")
            .WithDescription("Japanese column headers, drop-down lists for the kinds, ○/× and status, and a sheet explaining each column. Any signed-in caller.");

        api.MapPost("/prefectures/{code}/fiscal-years/{fiscalYear:int}/designations/import", ImportDesignations)
            .WithName("ImportDesignations")
            .WithSummary("Replace a prefecture's designated institutions from an .xlsx or .csv file")
            .WithDescription(
                "multipart/form-data with the file in the field 'file'; its name's extension (.xlsx or .csv) decides how it is read. "
                + "All or nothing: any invalid row gives 422 with every error (row, column header, message) and stores nothing. "
                + "dryRun=true reports what would be added, updated and withdrawn without storing. An Idempotency-Key header makes a retry safe: the same key and file "
                + "answer the first result (with the header Idempotent-Replayed: true), another file under the key gives 422, and a retry while the first still runs 409. "
                + "When as many imports as the service runs at once are running and queued, 429 with Retry-After. Every error body carries a code. "
                + "Only the prefecture's own editors (Prefecture.Editor).")
            .Accepts<IFormFile>("multipart/form-data")
            .Produces<ImportChangesResponse>()
            .Produces<ImportErrorsResponse>(StatusCodes.Status400BadRequest)
            .Produces<ImportErrorsResponse>(StatusCodes.Status413PayloadTooLarge)
            .Produces<ImportErrorsResponse>(StatusCodes.Status422UnprocessableEntity)
            .Produces<ImportErrorsResponse>(StatusCodes.Status409Conflict)
            .Produces<ImportErrorsResponse>(StatusCodes.Status429TooManyRequests)
            .Produces<ImportErrorsResponse>(StatusCodes.Status503ServiceUnavailable)
            .WithMetadata(new RequestSizeLimitMetadata(MaxRequestBytes(app.ServiceProvider.GetRequiredService<IOptions<ImportLimits>>().Value)));
        return app;
    }

    private static FileContentHttpResult GetTemplate() =>
        TypedResults.File(RegisterTemplate.Create(), RegisterTemplate.ContentType, RegisterTemplate.FileName);

    private static async Task<Results<JsonHttpResult<ImportChangesResponse>, JsonHttpResult<ImportErrorsResponse>, ForbidHttpResult>> ImportDesignations(
        string code,
        int fiscalYear,
        bool? dryRun,
        HttpContext http,
        IAuthorizationService authorization,
        DesignationImport import,
        ImportGate gate,
        CancellationToken cancellationToken)
    {
        // Before the body is read: a caller who may not write here learns nothing from uploading.
        if (!(await authorization.AuthorizeAsync(http.User, new PrefectureScope(code), AccessPolicies.PrefectureWrite)).Succeeded)
        {
            return TypedResults.Forbid();
        }

        if (RegisterValidator.ValidateFiscalYear(fiscalYear) is { } yearError)
        {
            return Unprocessable(ImportErrorsResponse.Of(ErrorCodes.ValidationFailed, yearError.Message));
        }

        var limits = import.Limits;
        var tooLarge = TooLarge(limits);
        if (http.Request.ContentLength > MaxRequestBytes(limits))
        {
            return tooLarge;
        }

        // The turn is taken before the body is read: a queued upload waits in Kestrel's buffers, not in memory of ours.
        using var turn = await gate.EnterAsync(cancellationToken);
        if (!turn.IsAcquired)
        {
            http.Response.Headers.RetryAfter = ((int)gate.RetryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
            return TypedResults.Json(ImportErrorsResponse.Of(ErrorCodes.TooManyImports, gate.BusyMessage), Json, statusCode: StatusCodes.Status429TooManyRequests);
        }

        IFormFile? file;
        try
        {
            var form = await http.Request.ReadFormAsync(cancellationToken);
            file = form.Files.GetFile(FileField);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return tooLarge;
        }

        // A body cut off, or without its boundary, ends the stream early (IOException, as BadHttpRequestException is).
        catch (Exception e) when (e is InvalidOperationException or InvalidDataException or IOException)
        {
            return BadRequest(ImportErrorsResponse.Of(ErrorCodes.BadRequest, $"multipart/form-data でファイルを「{FileField}」欄に入れて送ってください"));
        }

        if (file is null)
        {
            return BadRequest(ImportErrorsResponse.Of(ErrorCodes.BadRequest, $"ファイルがありません: multipart/form-data の「{FileField}」欄に入れて送ってください"));
        }

        if (file.Length > limits.MaxFileBytes)
        {
            return tooLarge;
        }

        var key = http.Request.Headers[HomeCareHeaders.IdempotencyKey] is { Count: > 0 } header ? header.ToString() : null;
        if (key is not null && IdempotencyKeys.Problem(key) is { } keyProblem)
        {
            return BadRequest(ImportErrorsResponse.Of(ErrorCodes.BadRequest, keyProblem));
        }

        var content = new byte[file.Length];
        await using (var stream = file.OpenReadStream())
        {
            await stream.ReadExactlyAsync(content, cancellationToken);
        }

        IdempotencyGuard.Outcome<ImportOutcome> outcome;
        try
        {
            outcome = await import.RunAsync(
                code, fiscalYear, content, file.FileName, dryRun == true, CallerAttribution.Of(http.User), key, cancellationToken);
        }
        catch (IdempotencyRefusedException refused)
        {
            var status = refused.Decision == IdempotencyDecision.InFlight ? StatusCodes.Status409Conflict : StatusCodes.Status422UnprocessableEntity;
            return TypedResults.Json(ImportErrorsResponse.Of(refused.Code, refused.Message), Json, statusCode: status);
        }
        catch (Exception failure) when (StorageFailures.CodeOf(failure, isMutation: !(dryRun ?? false)) is { } storageCode)
        {
            return TypedResults.Json(ImportErrorsResponse.Of(storageCode, StorageFailures.MessageFor(storageCode)), Json, statusCode: StatusCodes.Status503ServiceUnavailable);
        }

        if (outcome.Replayed)
        {
            http.Response.Headers[HomeCareHeaders.IdempotentReplayed] = "true";
        }

        return outcome.Result.Changes is { } changes ? Ok(changes) : Unprocessable(outcome.Result.Rejected!);
    }

    private static JsonHttpResult<ImportChangesResponse> Ok(ImportChangesResponse changes) => TypedResults.Json(changes, Json);

    private static JsonHttpResult<ImportErrorsResponse> Unprocessable(ImportErrorsResponse errors) =>
        TypedResults.Json(errors, Json, statusCode: StatusCodes.Status422UnprocessableEntity);

    private static JsonHttpResult<ImportErrorsResponse> BadRequest(ImportErrorsResponse errors) =>
        TypedResults.Json(errors, Json, statusCode: StatusCodes.Status400BadRequest);

    private static long MaxRequestBytes(ImportLimits limits) => limits.MaxFileBytes + MultipartOverheadBytes;

    private static JsonHttpResult<ImportErrorsResponse> TooLarge(ImportLimits limits) => TypedResults.Json(
        ImportErrorsResponse.Of(ErrorCodes.FileTooLarge, string.Create(CultureInfo.InvariantCulture, $"ファイルサイズが上限の {limits.MaxFileBytes:N0} バイトを超えています")),
        Json,
        statusCode: StatusCodes.Status413PayloadTooLarge);

    /// <summary>Lets Kestrel stop an upload past the import's limit, whatever the server-wide limit is.</summary>
    private sealed class RequestSizeLimitMetadata(long maxRequestBodySize) : IRequestSizeLimitMetadata
    {
        public long? MaxRequestBodySize { get; } = maxRequestBodySize;
    }
}
