using HomeCareNational.Domain.Edits;

namespace HomeCareNational.DemoData;

/// <summary>One change of the synthetic FY2025 history, as a prefecture's staff would have made it.</summary>
/// <param name="Month">The month of the fiscal year it falls in, 0 (April) to 11 (March).</param>
/// <param name="PrefectureCode">The prefecture whose register it changes.</param>
/// <param name="At">When it is recorded as accepted.</param>
/// <param name="Edit">The change, the same edit the API's mutation makes.</param>
public sealed record DemoHistoryEdit(int Month, string PrefectureCode, DateTimeOffset At, RegisterEdit Edit);
