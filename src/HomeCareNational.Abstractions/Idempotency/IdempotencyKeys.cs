using System.Text.RegularExpressions;

namespace HomeCareNational.Abstractions.Idempotency;

/// <summary>What a client idempotency key may look like, and how it names its grain.</summary>
public static partial class IdempotencyKeys
{
    /// <summary>The GraphQL argument that carries the key.</summary>
    public const string Argument = "idempotencyKey";

    /// <summary>The key grain's type name, fixed: the stored keys' rows are found by it (a renamed class would orphan them).</summary>
    public const string GrainType = "idempotencykey";

    /// <summary>The longest key accepted.</summary>
    public const int MaxLength = 100;

    /// <summary>Null when the key is acceptable, otherwise what is wrong with it.</summary>
    public static string? Problem(string key) =>
        KeyPattern().IsMatch(key)
            ? null
            : $"idempotency key \"{(key.Length > 40 ? key[..40] + "…" : key)}\" must be 8 to {MaxLength} characters of A–Z, a–z, 0–9, '-', '_', '.' or ':' (a UUID is a good key).";

    /// <summary>The grain key: keys are scoped per prefecture.</summary>
    public static string GrainKey(string prefectureCode, string key) => $"{prefectureCode}/{key}";

    [GeneratedRegex("^[A-Za-z0-9._:-]{8,100}$")]
    private static partial Regex KeyPattern();
}
