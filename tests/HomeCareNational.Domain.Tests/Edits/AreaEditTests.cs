using HomeCareNational.Domain.Edits;

namespace HomeCareNational.Domain.Tests.Edits;

public sealed class AreaEditTests
{
    private static readonly PrefectureRegister Current = HandMadeRegister.Register;

    [Fact]
    public void Upserting_a_known_area_replaces_it_in_place()
    {
        var renamed = Samples.Area(3) with { Name = "（テスト）改名圏域", UnitType = AreaUnitType.Municipality };

        var after = Current.Accepted(new UpsertArea(renamed));

        Assert.Equal(["A1", "A2", "A3", "A4"], after.Areas.Select(a => a.AreaId));
        Assert.Equal(renamed, after.Areas[2]);
    }

    [Fact]
    public void Upserting_a_new_area_appends_it()
    {
        var after = Current.Accepted(new UpsertArea(Samples.Area(5)));

        Assert.Equal(["A1", "A2", "A3", "A4", "A5"], after.Areas.Select(a => a.AreaId));
        Assert.Equal((2, 4, 3), (RegisterTotals.Of(after).AreasWithoutHub, RegisterTotals.Of(after).AreasWithoutActiveHub, RegisterTotals.Of(after).AreasWithoutDesignation));
    }

    [Fact]
    public void Upserting_an_area_outside_the_prefecture_is_refused()
    {
        var error = Assert.Single(Current.Refused(new UpsertArea(Samples.Area(5) with { MunicipalityCodes = ["13101"] })));

        Assert.Equal("area.municipalityCodes[0]", error.Field);
        Assert.Contains("not in prefecture 33", error.Message);
    }

    [Fact]
    public void Retiring_an_unused_area_removes_it()
    {
        var after = Current.Accepted(new RetireArea("A4"));

        Assert.Equal(["A1", "A2", "A3"], after.Areas.Select(a => a.AreaId));
        Assert.Equal((0, 2, 1), (RegisterTotals.Of(after).AreasWithoutHub, RegisterTotals.Of(after).AreasWithoutActiveHub, RegisterTotals.Of(after).AreasWithoutDesignation));
        Assert.Empty(SubmissionStatus.Of(after).Warnings);
    }

    [Fact]
    public void Retiring_an_area_in_use_is_refused()
    {
        var error = Assert.Single(Current.Refused(new RetireArea("A2")));

        Assert.Equal("areaId", error.Field);
        Assert.Contains("designation PH-01", error.Message);
        Assert.Contains("hub H2", error.Message);
        Assert.Contains("reassign them first", error.Message);
    }

    [Fact]
    public void Retiring_an_area_not_in_the_register_is_refused()
    {
        Assert.Equal("areaId", Assert.Single(Current.Refused(new RetireArea("A9"))).Field);
    }

    [Fact]
    public void Replacing_areas_that_drops_one_still_in_use_is_refused()
    {
        var error = Assert.Single(Current.Refused(new ReplaceAreas([Samples.Area(1), Samples.Area(2), Samples.Area(4)])));

        Assert.Equal("areas", error.Field);
        Assert.Contains("area \"A3\" would be removed", error.Message);
        Assert.Contains("hub H3", error.Message);
    }

    [Fact]
    public void Replacing_areas_may_drop_an_unused_one()
    {
        var after = Current.Accepted(new ReplaceAreas([Samples.Area(1), Samples.Area(2), Samples.Area(3)]));

        Assert.Equal(3, after.Areas.Length);
        Assert.Equal(Current.Hubs.AsEnumerable(), after.Hubs.AsEnumerable());
    }
}
