namespace HomeCareNational.DemoData.Figures;

/// <summary>A choice and how often it should come up relative to its alternatives.</summary>
internal sealed record Weighted<T>(T Item, int Weight);
