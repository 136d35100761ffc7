using HomeCareNational.Domain.Register;

namespace HomeCareNational.Domain.Summaries;

/// <summary>The headline numbers of one register or of a sum of registers.</summary>
/// <param name="Designations">Designations in force.</param>
/// <param name="Hubs">Collaboration hubs.</param>
/// <param name="Areas">Home-care areas.</param>
/// <param name="Prefectures">How many prefectures have submitted anything to the sum.</param>
[GenerateSerializer, Immutable]
public sealed record RegisterTotals(
    [property: Id(0)] DesignationTotals Designations,
    [property: Id(1)] int Hubs,
    [property: Id(2)] int Areas,
    [property: Id(3)] int Prefectures)
{
    public static RegisterTotals Empty { get; } = new(DesignationTotals.Empty, 0, 0, 0);

    public static RegisterTotals Of(PrefectureRegister register) =>
        new(DesignationTotals.Of(register.Institutions), register.Hubs.Length, register.Areas.Length, 1);

    public static RegisterTotals Sum(IEnumerable<RegisterTotals> parts)
    {
        var list = parts.ToList();
        return new(
            DesignationTotals.Sum(list.Select(p => p.Designations)),
            list.Sum(p => p.Hubs),
            list.Sum(p => p.Areas),
            list.Sum(p => p.Prefectures));
    }
}
