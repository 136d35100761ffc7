namespace HomeCareNational.Domain.Tests.Summaries;

public sealed class DesignationTotalsTests
{
    [Fact]
    public void Withdrawn_designations_are_not_counted()
    {
        var totals = DesignationTotals.Of(
        [
            Samples.Institution(1, InstitutionKind.HomeCareSupportClinic),
            Samples.Institution(2, InstitutionKind.HomeCareSupportClinic) with { Status = DesignationStatus.Withdrawn },
            Samples.Institution(3, InstitutionKind.Pharmacy) with { Status = DesignationStatus.Withdrawn },
        ]);

        Assert.Equal((1, 1, 0), (totals.Total, totals.Clinical, totals.NonClinical));
        Assert.Equal(1, totals.ByKind[InstitutionKind.HomeCareSupportClinic]);
        Assert.Equal(0, totals.ByKind[InstitutionKind.Pharmacy]);
    }

    [Fact]
    public void Dental_clinics_count_as_clinical_and_nurse_stations_do_not()
    {
        var totals = DesignationTotals.Of(
        [
            Samples.Institution(1, InstitutionKind.DentalClinic),
            Samples.Institution(2, InstitutionKind.EnhancedHomeCareSupportHospital),
            Samples.Institution(3, InstitutionKind.VisitingNurseStation),
            Samples.Institution(4, InstitutionKind.Pharmacy),
        ]);

        Assert.Equal((4, 2, 2), (totals.Total, totals.Clinical, totals.NonClinical));
    }

    [Fact]
    public void Every_kind_is_counted_even_when_there_are_none()
    {
        var totals = DesignationTotals.Of([Samples.Institution(1, InstitutionKind.Clinic)]);

        Assert.Equal(Enum.GetValues<InstitutionKind>(), totals.ByKind.Keys.Order());
        Assert.Equal(0, totals.ByKind[InstitutionKind.Other]);
    }

    [Theory]
    [InlineData(3, 1, 0.25)]
    [InlineData(0, 2, 1.0)]
    [InlineData(5, 0, 0.0)]
    [InlineData(0, 0, 0.0)]
    public void Non_clinical_share_is_non_clinical_over_total(int clinical, int nonClinical, double expected)
    {
        var institutions = Enumerable.Range(1, clinical).Select(n => Samples.Institution(n, InstitutionKind.Clinic))
            .Concat(Enumerable.Range(clinical + 1, nonClinical).Select(n => Samples.Institution(n, InstitutionKind.Pharmacy)));

        Assert.Equal(expected, DesignationTotals.Of(institutions).NonClinicalShare, 10);
    }

    [Fact]
    public void Sum_adds_every_kind()
    {
        var okayama = DesignationTotals.Of([Samples.Institution(1, InstitutionKind.Clinic), Samples.Institution(2, InstitutionKind.Pharmacy)]);
        var tottori = DesignationTotals.Of([Samples.Institution(1, InstitutionKind.Clinic)]);

        var sum = DesignationTotals.Sum([okayama, tottori, DesignationTotals.Empty]);

        Assert.Equal((3, 2, 1), (sum.Total, sum.Clinical, sum.NonClinical));
        Assert.Equal(2, sum.ByKind[InstitutionKind.Clinic]);
        Assert.Equal(1, sum.ByKind[InstitutionKind.Pharmacy]);
    }

    [Fact]
    public void Empty_totals_are_zero_for_every_kind()
    {
        Assert.Equal((0, 0, 0, 0.0), (DesignationTotals.Empty.Total, DesignationTotals.Empty.Clinical, DesignationTotals.Empty.NonClinical, DesignationTotals.Empty.NonClinicalShare));
        Assert.All(Enum.GetValues<InstitutionKind>(), kind => Assert.Equal(0, DesignationTotals.Empty.ByKind[kind]));
    }
}
