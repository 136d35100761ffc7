using System.Collections.Immutable;
using HomeCareNational.Domain.Reference;

namespace HomeCareNational.Domain.Register;

/// <summary>An area the prefecture sets for home care (在宅医療の圏域).</summary>
/// <param name="AreaId">Prefecture-issued id, unique within the prefecture.</param>
/// <param name="Name">The area's name.</param>
/// <param name="UnitType">How the area is drawn.</param>
/// <param name="MunicipalityCodes">5-digit JIS X 0402 codes of the municipalities it spans.</param>
[GenerateSerializer, Immutable]
public sealed record HomeCareArea(
    [property: Id(0)] string AreaId,
    [property: Id(1)] string Name,
    [property: Id(2)] AreaUnitType UnitType,
    [property: Id(3)] ImmutableArray<string> MunicipalityCodes)
{
    /// <summary>Value equality, the municipality list compared element by element.</summary>
    public bool Equals(HomeCareArea? other) =>
        other is not null && AreaId == other.AreaId && Name == other.Name && UnitType == other.UnitType
        && MunicipalityCodes.SequenceEqual(other.MunicipalityCodes);

    public override int GetHashCode() => HashCode.Combine(AreaId, Name, UnitType, MunicipalityCodes.Length);
}
