using HomeCareNational.Grains.Aggregates;

namespace HomeCareNational.Grains.Tests.Rollup;

/// <summary>How an aggregate takes a member's report: newer versions replace, replays do not, recounted totals do.</summary>
public sealed class AggregateYearTests
{
    private const string Okayama = "33";
    private const int Year = 2024;
    private static readonly string[] Chugoku = ["31", "32", "33", "34", "35"];
    private static readonly DateTimeOffset At = new(2024, 6, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly RegisterTotals Counted = RegisterTotals.Of(new RegisterBuilder(Okayama).WithAreas(2).WithHubs(1).WithDesignations(InstitutionKind.HomeCareBackupHospital).Build());

    [Fact]
    public void A_replay_of_the_held_version_changes_nothing()
    {
        var held = AggregateYear.Apply(null, Okayama, Report(3, Counted), Chugoku);

        Assert.Null(AggregateYear.Apply(held, Okayama, Report(3, RegisterTotals.Sum([Counted])), Chugoku));
        Assert.Null(AggregateYear.Apply(held, Okayama, Report(2, RegisterTotals.Empty), Chugoku));
    }

    [Fact]
    public void The_held_version_recounted_with_more_counts_replaces_what_an_earlier_release_stored()
    {
        // What an earlier release stored: the same version, without hubs per operator kind or indicators.
        var storedEarlier = Counted with
        {
            HubsByOperatorKind = new Dictionary<HubOperatorKind, int>(),
            Indicators = new Dictionary<PlanIndicator, int>(),
        };
        var held = AggregateYear.Apply(null, Okayama, Report(3, storedEarlier), Chugoku);

        var updated = AggregateYear.Apply(held, Okayama, Report(3, Counted), Chugoku);

        Assert.NotNull(updated);
        Assert.Equal(3, updated.Totals.Version);
        Assert.Equal(1, updated.Totals.Totals.HubsByOperatorKind[HubOperatorKind.MedicalAssociation]);
        Assert.Equal(1, updated.Totals.Totals.Indicators[PlanIndicator.HomeCareBackupHospitals]);
    }

    private static TotalsSnapshot Report(long version, RegisterTotals totals) => new(Year, totals, version, At);
}
