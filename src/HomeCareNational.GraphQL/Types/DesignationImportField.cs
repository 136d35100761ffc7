using System.Globalization;
using HomeCareNational.Abstractions.Idempotency;
using HomeCareNational.Domain.Validation;
using HomeCareNational.GraphQL.Authorization;
using HomeCareNational.GraphQL.Errors;
using HomeCareNational.GraphQL.Idempotency;

namespace HomeCareNational.GraphQL.Types;

/// <summary>The <c>importDesignations</c> mutation: the HTTP upload's import, with the file sent as base64.</summary>
internal static class DesignationImportField
{
    public static void Add(ObjectGraphType mutation) =>
        mutation.Field<ImportChangesType>(EditOperations.ImportDesignations)
            .Description("Replaces the prefecture's designated institutions from an .xlsx or .csv file (UTF-8 with or without BOM, or Shift_JIS), as the HTTP upload does. All or nothing: any invalid row answers one IMPORT_REJECTED error per problem (extensions.row, extensions.column; the message reads 行 17 「種別」: …) and stores nothing. dryRun reports what would change. When as many imports as the service runs at once are running and queued, TOO_MANY_IMPORTS (retry after a few seconds). "
                + HomeCareMutation.AccessNote)
            .Argument<NonNullGraphType<StringGraphType>>(ActingPrefecture.ArgumentName, "JIS X 0401 code of the prefecture, \"01\" to \"47\".")
            .Argument<NonNullGraphType<IntGraphType>>("fiscalYear", "The fiscal year of the register, e.g. 2024 for 令和6年度.")
            .Argument<NonNullGraphType<StringGraphType>>("fileName", "The file's name; its extension (.xlsx or .csv) decides how it is read.")
            .Argument<NonNullGraphType<StringGraphType>>("contentBase64", "The file's bytes, base64-encoded; at most the configured size (10 MiB unless configured otherwise) once decoded.")
            .Argument<NonNullGraphType<BooleanGraphType>>("dryRun", "True to only report what would change.", a => a.DefaultValue = false)
            .Argument<StringGraphType>(IdempotencyKeys.Argument, ClientIdempotencyKey.ArgumentDescription)
            .RequireAccess(AccessPolicies.PrefectureWrite, prefectureArgument: ActingPrefecture.ArgumentName)
            .ResolveAsync(async c =>
            {
                var prefecture = ActingPrefecture.Of(c);
                var fiscalYear = c.GetArgument<int>("fiscalYear");
                var import = c.RequestServices!.GetRequiredService<DesignationImport>();
                if (RegisterValidator.ValidateFiscalYear(fiscalYear) is { } yearError)
                {
                    return HomeCareErrors.Reject(c, [yearError]);
                }

                // The turn is taken before the file is decoded, so that waiting imports hold no copy of it.
                var gate = c.RequestServices!.GetRequiredService<ImportGate>();
                using var turn = await gate.EnterAsync(c.CancellationToken);
                if (!turn.IsAcquired)
                {
                    throw new ExecutionError(gate.BusyMessage) { Code = ErrorCodes.TooManyImports };
                }

                if (Decode(c.GetArgument<string>("contentBase64"), import.Limits.MaxFileBytes) is not { } content)
                {
                    return HomeCareErrors.Reject(c, [new ValidationError(["contentBase64"], string.Create(
                        CultureInfo.InvariantCulture, $"contentBase64 is not base64, or decodes to more than the {import.Limits.MaxFileBytes:N0} bytes a file may hold."))]);
                }

                ImportOutcome outcome;
                try
                {
                    outcome = (await import.RunAsync(
                        prefecture.Code, fiscalYear, content, c.GetArgument<string>("fileName"), c.GetArgument<bool>("dryRun"),
                        ActingPrefecture.Attribution(c), ClientIdempotencyKey.Of(c), c.CancellationToken)).Result;
                }
                catch (IdempotencyRefusedException refused)
                {
                    throw ClientIdempotencyKey.Refused(refused);
                }

                foreach (var error in outcome.Rejected?.Errors ?? [])
                {
                    // ExecutionError starts without an extensions dictionary: setting Code does not create one.
                    var rejected = new ExecutionError(error.Text)
                    {
                        Code = ErrorCodes.ImportRejected,
                        Extensions = new Dictionary<string, object?> { ["row"] = error.Row, ["column"] = error.Column },
                    };
                    rejected.AddLocation(c.FieldAst, c.Document);
                    rejected.Path = c.Path;
                    c.Errors.Add(rejected);
                }

                return outcome.Changes;
            });

    private static byte[]? Decode(string base64, long maxBytes)
    {
        if ((long)base64.Length * 3 / 4 > maxBytes + 3)
        {
            return null;
        }

        var buffer = new byte[base64.Length * 3 / 4 + 3];
        return Convert.TryFromBase64String(base64, buffer, out var written) && written <= maxBytes ? buffer[..written] : null;
    }
}
