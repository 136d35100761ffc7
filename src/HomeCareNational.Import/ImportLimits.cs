using HomeCareNational.Domain.Validation;

namespace HomeCareNational.Import;

/// <summary>How much a single import may hold. Every limit is checked before the file is parsed in full.</summary>
public sealed record ImportLimits
{
    public const long DefaultMaxFileBytes = 10 * 1024 * 1024;

    /// <summary>
    /// A 10 MiB .xlsx of a real register unpacks to well under 100 MiB; the cap stops a zip bomb before ClosedXML,
    /// which loads the whole workbook into memory, unpacks it.
    /// </summary>
    public const long DefaultMaxUnpackedBytes = 200 * 1024 * 1024;

    public static ImportLimits Default { get; } = new();

    /// <summary>The largest file accepted, in bytes.</summary>
    public long MaxFileBytes { get; init; } = DefaultMaxFileBytes;

    /// <summary>The most data rows (not counting the header or skipped empty rows); the most one submission may hold.</summary>
    public int MaxRows { get; init; } = RegisterValidator.MaxItemsPerSubmission;

    /// <summary>The most bytes the parts of an .xlsx package may unpack to.</summary>
    public long MaxUnpackedBytes { get; init; } = DefaultMaxUnpackedBytes;
}
