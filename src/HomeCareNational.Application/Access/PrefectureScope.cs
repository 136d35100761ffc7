namespace HomeCareNational.Application.Access;

/// <summary>The resource an access decision is about: a prefecture, or none for national and regional data.</summary>
/// <param name="PrefectureCode">The prefecture's JIS code, or null.</param>
public sealed record PrefectureScope(string? PrefectureCode)
{
    public static PrefectureScope None { get; } = new((string?)null);
}
