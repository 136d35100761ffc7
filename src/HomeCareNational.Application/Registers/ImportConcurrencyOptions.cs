namespace HomeCareNational.Application.Registers;

/// <summary>
/// How many imports run at once, and how many may wait for a turn, over the upload and the mutation together
/// (section <see cref="ImportLimitsValidator.Section"/>). Each running import may hold its file, the parsed
/// workbook and the register in memory; past the queue an import is refused at once with a time to retry after.
/// </summary>
public sealed record ImportConcurrencyOptions
{
    public const int DefaultMaxConcurrent = 2;

    public const int DefaultMaxQueued = 4;

    public const int DefaultRetryAfterSeconds = 5;

    /// <summary>Imports that run at the same time (configuration key <c>MaxConcurrentImports</c>).</summary>
    public int MaxConcurrentImports { get; init; } = DefaultMaxConcurrent;

    /// <summary>Imports that wait, oldest first, for one of those to finish; their files are not read while they wait.</summary>
    public int MaxQueuedImports { get; init; } = DefaultMaxQueued;

    /// <summary>The <c>Retry-After</c> an import refused for lack of room answers, in seconds.</summary>
    public int ImportRetryAfterSeconds { get; init; } = DefaultRetryAfterSeconds;
}
