namespace HomeCareNational.Domain.Tests.Summaries;

public sealed class PlanIndicatorsTests
{
    [Fact]
    public void Each_indicator_counts_the_designations_in_force_it_describes()
    {
        var endOfLife = HomeCareFunctions.EndOfLifeCare;
        var notEndOfLife = HomeCareFunctions.DischargeSupport;
        var register = Samples.WithAreasAndHubs with
        {
            Institutions =
            [
                Samples.Institution(1, InstitutionKind.HomeCareBackupHospital) with { Functions = notEndOfLife },
                Samples.Institution(2, InstitutionKind.HomeCareBackupHospital) with { Status = DesignationStatus.Withdrawn },
                Samples.Institution(3, InstitutionKind.HomeCareSupportHospital) with { Functions = endOfLife },
                Samples.Institution(4, InstitutionKind.EnhancedHomeCareSupportHospital) with { Functions = notEndOfLife },
                Samples.Institution(5, InstitutionKind.HomeCareSupportClinic) with { Functions = endOfLife },
                Samples.Institution(6, InstitutionKind.DentalClinic) with { Functions = endOfLife },
                Samples.Institution(7, InstitutionKind.Pharmacy) with { Functions = endOfLife },
                Samples.Institution(8, InstitutionKind.VisitingNurseStation) with { Provides24Hours = true },
                Samples.Institution(9, InstitutionKind.VisitingNurseStation) with { Provides24Hours = false },
            ],
        };

        var indicators = RegisterTotals.Of(register).Indicators;

        Assert.Equal(1, indicators[PlanIndicator.HomeCareBackupHospitals]);
        Assert.Equal(2, indicators[PlanIndicator.HomeCareSupportHospitals]);
        Assert.Equal(2, indicators[PlanIndicator.HospitalsAndClinicsProvidingEndOfLifeCare]);
        Assert.Equal(1, indicators[PlanIndicator.VisitingNurseStationsAroundTheClock]);
    }

    [Fact]
    public void Indicators_add_up_across_registers()
    {
        var one = RegisterTotals.Of(Samples.WithAreas with { Institutions = [Samples.Institution(1, InstitutionKind.HomeCareBackupHospital)] });
        var other = RegisterTotals.Of(Samples.WithAreas with
        {
            Institutions = [Samples.Institution(1, InstitutionKind.HomeCareBackupHospital), Samples.Institution(2, InstitutionKind.HomeCareSupportHospital)],
        });

        var sum = RegisterTotals.Sum([one, other]).Indicators;

        Assert.Equal((2, 1), (sum[PlanIndicator.HomeCareBackupHospitals], sum[PlanIndicator.HomeCareSupportHospitals]));
    }

    [Fact]
    public void Every_indicator_has_a_Japanese_label_and_a_basis()
    {
        Assert.Equal(Enum.GetValues<PlanIndicator>(), PlanIndicators.All.Select(i => i.Indicator));
        Assert.All(PlanIndicators.All, info =>
        {
            Assert.EndsWith("数", info.LabelJa, StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(info.Basis));
        });
    }
}
