using System.Collections.Immutable;
using HomeCareNational.Domain.Reference;

namespace HomeCareNational.Domain.Register;

/// <summary>A body named to run local home-care collaboration (在宅医療に必要な連携を担う拠点).</summary>
/// <param name="HubId">Prefecture-issued id, unique within the prefecture.</param>
/// <param name="Name">The hub's name.</param>
/// <param name="OperatorKind">Who runs it.</param>
/// <param name="MunicipalityCode">5-digit JIS X 0402 code of the municipality it is in.</param>
/// <param name="AreaIds">The home-care areas it covers.</param>
[GenerateSerializer, Immutable]
public sealed record CollaborationHub(
    [property: Id(0)] string HubId,
    [property: Id(1)] string Name,
    [property: Id(2)] HubOperatorKind OperatorKind,
    [property: Id(3)] string MunicipalityCode,
    [property: Id(4)] ImmutableArray<string> AreaIds)
{
    /// <summary>Value equality, the area list compared element by element.</summary>
    public bool Equals(CollaborationHub? other) =>
        other is not null && HubId == other.HubId && Name == other.Name && OperatorKind == other.OperatorKind
        && MunicipalityCode == other.MunicipalityCode && AreaIds.SequenceEqual(other.AreaIds);

    public override int GetHashCode() => HashCode.Combine(HubId, Name, OperatorKind, MunicipalityCode, AreaIds.Length);
}
