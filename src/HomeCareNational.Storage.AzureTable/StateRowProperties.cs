namespace HomeCareNational.Storage.AzureTable;

/// <summary>Names of the properties on a state's rows (see TABLE-LAYOUT.md); the data properties are <see cref="PayloadProperties"/>.</summary>
internal static class StateRowProperties
{
    public const string FormatVersion = nameof(FormatVersion);
    public const string Compression = nameof(Compression);
    public const string ChunkCount = nameof(ChunkCount);
    public const string PayloadLength = nameof(PayloadLength);
    public const string StateLength = nameof(StateLength);

    /// <summary>On every row of a state: a reader that meets two different values saw two different writes.</summary>
    public const string WriteId = nameof(WriteId);
}
