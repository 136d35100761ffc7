using System.Text.Json;
using System.Text.Json.Serialization;

namespace HomeCareNational.Domain.Tests.Summaries;

public sealed class HubAndAreaTotalsTests
{
    [Fact]
    public void Hubs_are_counted_per_operator_kind_with_every_kind_listed()
    {
        var register = Samples.WithAreas with
        {
            Hubs =
            [
                Samples.Hub(1) with { OperatorKind = HubOperatorKind.Municipality },
                Samples.Hub(2) with { OperatorKind = HubOperatorKind.Municipality },
                Samples.Hub(3) with { OperatorKind = HubOperatorKind.MedicalAssociation },
            ],
        };

        var totals = RegisterTotals.Of(register);

        Assert.Equal(Enum.GetValues<HubOperatorKind>(), totals.HubsByOperatorKind.Keys.Order());
        Assert.Equal(2, totals.HubsByOperatorKind[HubOperatorKind.Municipality]);
        Assert.Equal(1, totals.HubsByOperatorKind[HubOperatorKind.MedicalAssociation]);
        Assert.Equal(0, totals.HubsByOperatorKind[HubOperatorKind.Hospital]);
    }

    [Fact]
    public void Areas_without_a_hub_or_a_designation_in_force_are_counted()
    {
        // Areas A1–A4. Hubs cover A1 and A2. A designation in force sits in A1, a withdrawn one in A3, one has no area.
        var register = new PrefectureRegister(
            Samples.Areas,
            [Samples.Hub(1)],
            [
                Samples.Institution(1),
                Samples.Institution(2) with { HomeCareAreaId = "A3", Status = DesignationStatus.Withdrawn },
                Samples.Institution(3) with { HomeCareAreaId = null },
            ]);

        var totals = RegisterTotals.Of(register);

        Assert.Equal((4, 2, 3), (totals.Areas, totals.AreasWithoutHub, totals.AreasWithoutDesignation));
    }

    [Fact]
    public void Sum_adds_hubs_per_operator_kind_and_areas_without_hub_or_designation()
    {
        var one = RegisterTotals.Of(new PrefectureRegister(Samples.Areas, [Samples.Hub(1)], [Samples.Institution(1)]));
        var other = RegisterTotals.Of(new PrefectureRegister(
            [Samples.Area(1)], [Samples.Hub(1) with { OperatorKind = HubOperatorKind.PublicHealthCenter, AreaIds = ["A1"] }], []));

        var sum = RegisterTotals.Sum([one, other, RegisterTotals.Empty]);

        Assert.Equal((1, 1), (sum.HubsByOperatorKind[HubOperatorKind.MedicalAssociation], sum.HubsByOperatorKind[HubOperatorKind.PublicHealthCenter]));
        Assert.Equal((5, 2, 4), (sum.Areas, sum.AreasWithoutHub, sum.AreasWithoutDesignation));
    }

    [Fact]
    public void Totals_with_the_same_counts_are_equal_and_one_count_apart_are_not()
    {
        var register = new PrefectureRegister(Samples.Areas, Samples.Hubs, Samples.Institutions);

        Assert.Equal(RegisterTotals.Of(register), RegisterTotals.Of(register));
        Assert.Equal(RegisterTotals.Of(register), RegisterTotals.Sum([RegisterTotals.Of(register)]));
        Assert.NotEqual(
            RegisterTotals.Of(register),
            RegisterTotals.Of(register with { Hubs = [.. Samples.Hubs.Take(3), Samples.Hub(4) with { OperatorKind = HubOperatorKind.Clinic }] }));
    }

    [Fact]
    public void Totals_stored_before_the_new_counts_existed_read_back_with_empty_counts()
    {
        var storedEarlier = """{"Designations":{"Total":0,"Clinical":0,"NonClinical":0,"ByKind":{}},"Hubs":2,"Areas":3,"Prefectures":1}""";

        var totals = JsonSerializer.Deserialize<RegisterTotals>(storedEarlier, new JsonSerializerOptions { Converters = { new JsonStringEnumConverter() } })!;

        Assert.Equal((2, 3), (totals.Hubs, totals.Areas));
        Assert.All(totals.HubsByOperatorKind.Values, count => Assert.Equal(0, count));
        Assert.Equal(Enum.GetValues<PlanIndicator>(), totals.Indicators.Keys.Order());
        Assert.NotEqual(RegisterTotals.Of(new PrefectureRegister([.. Samples.Areas.Take(3)], [.. Samples.Hubs.Take(2)], [])), totals);
    }
}
