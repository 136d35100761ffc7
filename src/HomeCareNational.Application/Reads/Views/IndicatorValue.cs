namespace HomeCareNational.Application.Reads.Views;

/// <summary>The value of one plan indicator.</summary>
public sealed record IndicatorValue(PlanIndicator Indicator, int Value);
