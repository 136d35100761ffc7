namespace HomeCareNational.Abstractions;

/// <summary>What one grain state may hold.</summary>
public static class GrainStateLimits
{
    /// <summary>
    /// The largest serialized (compressed) state the register grain stores: 720 KiB. Orleans' Azure Table provider
    /// itself allows 983,040 bytes (15 binary properties of 64 KiB), which Azure counts as raw bytes; Azurite, which
    /// the service runs on in development and tests, measures its 1 MiB entity limit on the request body, where binary
    /// travels as base64, and refused 786,432 bytes (<c>EntityTooLarge</c>) but took 737,280. The grain checks this
    /// limit before writing anything, to refuse with a clear error rather than fail in the provider.
    /// </summary>
    public const int MaxStateBytes = 720 * 1024;
}
