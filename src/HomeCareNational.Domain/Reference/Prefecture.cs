namespace HomeCareNational.Domain.Reference;

/// <summary>A prefecture (都道府県), the tenant of the service.</summary>
/// <param name="Code">JIS X 0401 code, "01" (北海道) to "47" (沖縄県).</param>
/// <param name="NameJa">Japanese name, e.g. 岡山県.</param>
/// <param name="NameEn">Romanised name, e.g. Okayama.</param>
[GenerateSerializer, Immutable]
public sealed record Prefecture(
    [property: Id(0)] string Code,
    [property: Id(1)] string NameJa,
    [property: Id(2)] string NameEn);
