namespace HomeCareNational.Domain.Register;

/// <summary>Everything a prefecture keeps for one fiscal year.</summary>
[GenerateSerializer, Immutable]
public sealed record PrefectureRegister(
    [property: Id(0)] IReadOnlyList<HomeCareArea> Areas,
    [property: Id(1)] IReadOnlyList<CollaborationHub> Hubs,
    [property: Id(2)] IReadOnlyList<DesignatedInstitution> Institutions)
{
    public static PrefectureRegister Empty { get; } = new([], [], []);
}
