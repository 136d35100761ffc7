namespace HomeCareNational.Abstractions.History;

/// <summary>Whose totals: the nation ("japan"), a region (its code) or a prefecture (its code).</summary>
[GenerateSerializer, Immutable]
public sealed record TotalsScope(
    [property: Id(0)] TotalsLevel Level,
    [property: Id(1)] string Code)
{
    public static TotalsScope National { get; } = new(TotalsLevel.National, INationalGrain.Key);

    public static TotalsScope Region(string code) => new(TotalsLevel.Region, code);

    public static TotalsScope Prefecture(string code) => new(TotalsLevel.Prefecture, code);
}
