using System.Globalization;

namespace HomeCareNational.Storage.AzureTable;

/// <summary>Names of the properties on a state's rows (see TABLE-LAYOUT.md).</summary>
internal static class StateRowProperties
{
    public const string FormatVersion = nameof(FormatVersion);
    public const string Compression = nameof(Compression);
    public const string ChunkCount = nameof(ChunkCount);
    public const string PayloadLength = nameof(PayloadLength);
    public const string StateLength = nameof(StateLength);

    /// <summary>On every row of a state: a reader that meets two different values saw two different writes.</summary>
    public const string WriteId = nameof(WriteId);

    /// <summary><c>D00</c>, <c>D01</c>, …: consecutive slices of the compressed payload.</summary>
    public static string Data(int index) => "D" + index.ToString("D2", CultureInfo.InvariantCulture);
}
