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

    /// <summary>The hubs' activity reports for the fiscal year, at most one per hub.</summary>
    [Id(3)]
    public ImmutableArray<HubActivityReport> ActivityReports { get; init; } = [];

    /// <summary>Value equality, every list compared element by element.</summary>
    public bool Equals(PrefectureRegister? other) =>
        other is not null && Areas.SequenceEqual(other.Areas) && Hubs.SequenceEqual(other.Hubs)
        && Institutions.SequenceEqual(other.Institutions) && ActivityReports.SequenceEqual(other.ActivityReports);

    public override int GetHashCode() => HashCode.Combine(Areas.Length, Hubs.Length, Institutions.Length, ActivityReports.Length);
}
