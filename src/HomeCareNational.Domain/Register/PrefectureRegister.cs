using System.Collections.Immutable;
namespace HomeCareNational.Domain.Register;

/// <summary>Everything a prefecture keeps for one fiscal year.</summary>
[GenerateSerializer, Immutable]
public sealed record PrefectureRegister(
    [property: Id(0)] ImmutableArray<HomeCareArea> Areas,
    [property: Id(1)] ImmutableArray<CollaborationHub> Hubs,
    [property: Id(2)] ImmutableArray<DesignatedInstitution> Institutions)
{
    public static PrefectureRegister Empty { get; } = new([], [], []);
}
