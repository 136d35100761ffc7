namespace HomeCareNational.DemoData.Tests;

public sealed class NonClinicalConcentrationTests
{
    private static readonly IReadOnlyList<int> NonClinicalByPrefecture =
        DemoRegister.Generate().Values.Select(r => DesignationTotals.Of(r.Institutions).NonClinical).ToList();

    [Fact]
    public void Only_a_minority_of_prefectures_designate_non_clinical_bodies()
    {
        var designating = NonClinicalByPrefecture.Count(n => n > 0);

        Assert.InRange(designating, 1, 12);
    }

    [Fact]
    public void Those_prefectures_hold_all_non_clinical_designations()
    {
        Assert.Equal(2_959, NonClinicalByPrefecture.Where(n => n > 0).Sum());
    }

    [Fact]
    public void A_few_prefectures_hold_most_of_them()
    {
        var topThree = NonClinicalByPrefecture.OrderDescending().Take(3).Sum();

        Assert.True(topThree * 2 > 2_959, $"the three largest hold {topThree}");
    }
}
