namespace HomeCareNational.DemoData.Tests;

public sealed class NationalTotalsTests
{
    private static readonly RegisterTotals National = RegisterTotals.Sum(DemoRegister.Generate().Values.Select(RegisterTotals.Of));

    [Fact]
    public void Designations_reproduce_the_published_figures_exactly()
    {
        Assert.Equal(11_309, National.Designations.Total);
        Assert.Equal(8_350, National.Designations.Clinical);
        Assert.Equal(2_959, National.Designations.NonClinical);
    }

    [Fact]
    public void Hubs_reproduce_the_published_figure_exactly()
    {
        Assert.Equal(1_970, National.Hubs);
    }

    [Fact]
    public void Every_prefecture_is_in_the_register_under_its_code()
    {
        Assert.Equal(Prefectures.All.Select(p => p.Code), DemoRegister.Generate().Keys);
        Assert.Equal(47, National.Prefectures);
    }

    [Fact]
    public void Every_designation_is_in_force()
    {
        Assert.All(DemoRegister.Generate().Values.SelectMany(r => r.Institutions), x => Assert.Equal(DesignationStatus.Active, x.Status));
    }

    [Fact]
    public void Clinical_designations_are_mostly_home_care_support_clinics()
    {
        var byKind = National.Designations.ByKind;
        var supportClinics = byKind[InstitutionKind.HomeCareSupportClinic] + byKind[InstitutionKind.EnhancedHomeCareSupportClinic];

        Assert.True(supportClinics * 2 > National.Designations.Clinical, $"{supportClinics} of {National.Designations.Clinical}");
        Assert.True(byKind[InstitutionKind.DentalClinic] > 0);
    }

    [Fact]
    public void Non_clinical_designations_are_mostly_nurse_stations_and_pharmacies()
    {
        var byKind = National.Designations.ByKind;
        var nursesAndPharmacies = byKind[InstitutionKind.VisitingNurseStation] + byKind[InstitutionKind.Pharmacy];

        Assert.True(nursesAndPharmacies * 2 > National.Designations.NonClinical, $"{nursesAndPharmacies} of {National.Designations.NonClinical}");
    }
}
