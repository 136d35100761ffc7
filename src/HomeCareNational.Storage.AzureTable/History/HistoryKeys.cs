using System.Globalization;
using HomeCareNational.Abstractions;
using HomeCareNational.Abstractions.History;

namespace HomeCareNational.Storage.AzureTable.History;

/// <summary>
/// Partition and row keys of the history tables (see TABLE-LAYOUT.md). Codes are used as they are, so they must
/// already be legal key characters; the fiscal year is never negative, so the last <c>-</c> of a partition key
/// always separates it from the code, even for codes such as <c>kyushu-okinawa</c>.
/// </summary>
internal static class HistoryKeys
{
    /// <summary>The highest version twelve digits can hold.</summary>
    public const long MaxVersion = 999_999_999_999;

    /// <summary>Three digits in a chunk row key; far more chunks than one transaction can carry.</summary>
    public const int MaxChunkIndex = 999;

    /// <summary>Codes are short ("13", "kanto"); the cap keeps every key far below Azure's 512 characters.</summary>
    private const int MaxCodeLength = 100;

    private const string HeadPrefix = "h-";
    private const string ChunkPrefix = "c-";

    /// <summary><c>13-2024</c>.</summary>
    public static string RegisterPartition(string prefectureCode, int fiscalYear) =>
        string.Create(CultureInfo.InvariantCulture, $"{ValidCode(prefectureCode, nameof(prefectureCode))}-{ValidYear(fiscalYear)}");

    /// <summary><c>h-000000000042</c>.</summary>
    public static string HeadRowKey(long version) =>
        string.Create(CultureInfo.InvariantCulture, $"{HeadPrefix}{version:D12}");

    /// <summary><c>c-000000000042-001</c>.</summary>
    public static string ChunkRowKey(long version, int chunk) =>
        string.Create(CultureInfo.InvariantCulture, $"{ChunkPrefix}{version:D12}-{chunk:D3}");

    /// <summary>The first possible chunk row key of a version, for range queries.</summary>
    public static string FirstChunkRowKey(long version) => ChunkRowKey(version, 0);

    /// <summary>The last possible chunk row key of a version, for range queries.</summary>
    public static string LastChunkRowKey(long version) => ChunkRowKey(version, MaxChunkIndex);

    /// <summary><c>national-japan-2024</c>, <c>region-kanto-2024</c>, <c>prefecture-13-2024</c>.</summary>
    public static string TotalsPartition(TotalsScope scope, int fiscalYear)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var level = scope.Level switch
        {
            TotalsLevel.National => "national",
            TotalsLevel.Region => "region",
            TotalsLevel.Prefecture => "prefecture",
            _ => throw new ArgumentOutOfRangeException(nameof(scope), scope.Level, "unknown totals level"),
        };
        return string.Create(CultureInfo.InvariantCulture, $"{level}-{ValidCode(scope.Code, nameof(scope))}-{ValidYear(fiscalYear)}");
    }

    /// <summary>
    /// Newest first in ascending key order: the inverted as-of ticks, then the inverted version, so that of two
    /// snapshots of the same instant the higher version comes first.
    /// </summary>
    public static string TotalsRowKey(DateTimeOffset asOf, long version)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(version);
        return string.Create(CultureInfo.InvariantCulture, $"{TotalsRowKeyPrefix(asOf)}{long.MaxValue - version:D19}");
    }

    /// <summary>Every row of a snapshot as of <paramref name="instant"/> or earlier sorts at or after this key.</summary>
    public static string TotalsRowKeyPrefix(DateTimeOffset instant) =>
        string.Create(CultureInfo.InvariantCulture, $"{DateTimeOffset.MaxValue.UtcTicks - instant.UtcTicks:D19}-");

    public static long ValidVersion(long version, string parameterName)
    {
        if (version is < 1 or > MaxVersion)
        {
            throw new ArgumentOutOfRangeException(parameterName, version, $"a register version is 1 to {MaxVersion:N0}");
        }

        return version;
    }

    private static string ValidCode(string code, string parameterName)
    {
        if (string.IsNullOrEmpty(code) || code.Length > MaxCodeLength || !TableKeyEscaping.NeedsNoEscaping(code))
        {
            throw new ArgumentException(
                $"'{code}' cannot be part of a history key: a code is 1 to {MaxCodeLength} characters, none of them / \\ # ? % | or a control character.",
                parameterName);
        }

        return code;
    }

    private static int ValidYear(int fiscalYear)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(fiscalYear);
        return fiscalYear;
    }
}
