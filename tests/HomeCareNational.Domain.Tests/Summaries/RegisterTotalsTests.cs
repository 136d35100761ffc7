namespace HomeCareNational.Domain.Tests.Summaries;

public sealed class RegisterTotalsTests
{
    [Fact]
    public void Totals_of_a_register_count_its_designations_hubs_and_areas()
    {
        var register = new PrefectureRegister(
            Samples.Areas,
            Samples.Hubs,
            [Samples.Institution(1, InstitutionKind.Clinic), Samples.Institution(2, InstitutionKind.Pharmacy) with { Status = DesignationStatus.Withdrawn }]);

        var totals = RegisterTotals.Of(register);

        Assert.Equal((1, 4, 4, 1), (totals.Designations.Total, totals.Hubs, totals.Areas, totals.Prefectures));
    }

    [Fact]
    public void Sum_adds_designations_hubs_areas_and_prefectures()
    {
        var one = RegisterTotals.Of(new PrefectureRegister(Samples.Areas, Samples.Hubs, Samples.Institutions));
        var other = RegisterTotals.Of(new PrefectureRegister([.. Samples.Areas.Take(1)], [], [Samples.Institution(1, InstitutionKind.Pharmacy)]));

        var sum = RegisterTotals.Sum([one, other, RegisterTotals.Empty]);

        Assert.Equal((5, 4, 1), (sum.Designations.Total, sum.Designations.Clinical, sum.Designations.NonClinical));
        Assert.Equal((4, 5, 2), (sum.Hubs, sum.Areas, sum.Prefectures));
    }

    [Fact]
    public void Sum_of_nothing_is_empty()
    {
        var sum = RegisterTotals.Sum([]);

        Assert.Equal((0, 0, 0, 0), (sum.Designations.Total, sum.Hubs, sum.Areas, sum.Prefectures));
    }
}
