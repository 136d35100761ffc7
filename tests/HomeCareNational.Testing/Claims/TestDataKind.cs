namespace HomeCareNational.Testing.Claims;

/// <summary>What a <see cref="TestDataClaim"/> reaches: registers (one prefecture's, or a whole year's) or a year's reporting round.</summary>
public enum TestDataKind
{
    Register,
    Round,
}
