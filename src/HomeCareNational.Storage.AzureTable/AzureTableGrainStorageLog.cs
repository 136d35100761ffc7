using Microsoft.Extensions.Logging;

namespace HomeCareNational.Storage.AzureTable;

internal static partial class AzureTableGrainStorageLog
{
    [LoggerMessage(Level = LogLevel.Information,
        Message = "Azure Table grain storage '{Name}' uses table {Table} ({ElapsedMilliseconds} ms to make sure it exists)")]
    public static partial void Initialized(this ILogger logger, string name, Uri table, long elapsedMilliseconds);

    [LoggerMessage(Level = LogLevel.Error,
        Message = "Azure Table grain storage '{Name}' could not create or reach table {Table}")]
    public static partial void InitializationFailed(this ILogger logger, string name, Uri table, Exception exception);

    [LoggerMessage(Level = LogLevel.Trace,
        Message = "Read state '{StateName}' of {GrainId}: found={Found} ETag={ETag}")]
    public static partial void StateRead(this ILogger logger, string stateName, GrainId grainId, bool found, string? eTag);

    [LoggerMessage(Level = LogLevel.Trace,
        Message = "Wrote state '{StateName}' of {GrainId}: {StateBytes} bytes, {PayloadBytes} compressed, {Rows} rows, ETag={ETag}")]
    public static partial void StateWritten(
        this ILogger logger, string stateName, GrainId grainId, int stateBytes, int payloadBytes, int rows, string? eTag);

    [LoggerMessage(Level = LogLevel.Trace,
        Message = "Cleared state '{StateName}' of {GrainId} with {Operations} table operations, ETag={ETag}")]
    public static partial void StateCleared(this ILogger logger, string stateName, GrainId grainId, int operations, string? eTag);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "ETag conflict {Operation} state '{StateName}' of {GrainId}: stored {StoredETag}, expected {ExpectedETag}")]
    public static partial void ETagConflict(
        this ILogger logger, string operation, string stateName, GrainId grainId, string storedETag, string expectedETag);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Message}")]
    public static partial void StateTooLarge(this ILogger logger, string message);

    [LoggerMessage(Level = LogLevel.Error,
        Message = "Failed {Operation} state '{StateName}' of {GrainId} in table {Table}")]
    public static partial void OperationFailed(
        this ILogger logger, string operation, string stateName, GrainId grainId, string table, Exception exception);
}
