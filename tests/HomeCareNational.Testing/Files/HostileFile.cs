namespace HomeCareNational.Testing.Files;

/// <summary>A hostile register file and the one error the importer must answer it with (as <c>ImportError.ToString()</c> reads).</summary>
/// <param name="Name">The case's name in the test list; unique.</param>
/// <param name="FileName">The name it is uploaded under; its extension decides how it is read.</param>
/// <param name="Build">Makes the file's bytes (some are megabytes, so only when the case runs).</param>
/// <param name="Error">The error line expected.</param>
public sealed record HostileFile(string Name, string FileName, Func<byte[]> Build, string Error)
{
    /// <summary>How long the importer may take to refuse it (the file's making not counted); ≤ 1 s unless it must unpack or parse megabytes.</summary>
    public TimeSpan Bound { get; init; } = TimeSpan.FromSeconds(1);

    public override string ToString() => Name;
}
