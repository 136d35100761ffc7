using System.Collections.Immutable;
namespace HomeCareNational.Domain.Reference;

/// <summary>A group of prefectures (地方ブロック) that totals are rolled up through.</summary>
/// <param name="Code">Stable lower-case key, e.g. "chugoku"; the region grain's key.</param>
/// <param name="NameJa">Japanese name, e.g. 中国.</param>
/// <param name="NameEn">English name, e.g. Chugoku.</param>
/// <param name="PrefectureCodes">JIS codes of the member prefectures.</param>
[GenerateSerializer, Immutable]
public sealed record Region(
    [property: Id(0)] string Code,
    [property: Id(1)] string NameJa,
    [property: Id(2)] string NameEn,
    [property: Id(3)] ImmutableArray<string> PrefectureCodes);
