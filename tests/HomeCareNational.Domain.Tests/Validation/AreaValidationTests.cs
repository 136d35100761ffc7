using static HomeCareNational.Domain.Tests.Samples;

namespace HomeCareNational.Domain.Tests.Validation;

public sealed class AreaValidationTests
{
    [Fact]
    public void Valid_areas_have_no_errors()
    {
        Assert.Empty(ValidateAreas(Areas));
    }

    [Theory]
    [InlineData("areaId", "-A4", "-A4")]
    [InlineData("areaId", "A 4", "A 4")]
    [InlineData("areaId", "A234567890123456789012345678901234", "A234567890123456789012345678901234")]
    [InlineData("areaId", null, "(null)")]
    [InlineData("name", " 第4圏域", " 第4圏域")]
    [InlineData("name", "第4\n圏域", "第4\\u000A圏域")]
    public void Bad_text_is_reported_at_its_field_quoting_the_value(string field, string? value, string shown)
    {
        var areas = Changed(Areas, BadIndex, a => field switch
        {
            "areaId" => a with { AreaId = value! },
            "name" => a with { Name = value! },
            _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
        });

        var error = Assert.Single(ValidateAreas(areas));

        Assert.Equal($"areas[3].{field}", error.Field);
        Assert.Contains($"\"{shown}\"", error.Message);
    }

    [Fact]
    public void Undefined_unit_type_is_reported()
    {
        var error = Assert.Single(ValidateAreas(Changed(Areas, BadIndex, a => a with { UnitType = (AreaUnitType)99 })));

        Assert.Equal("areas[3].unitType", error.Field);
        Assert.Contains("\"99\"", error.Message);
    }

    [Theory]
    [InlineData("3310")]
    [InlineData("331011")]
    [InlineData("３３１０１")]
    [InlineData("13101")]
    public void Bad_municipality_code_is_reported_at_its_place_in_the_list(string code)
    {
        var areas = Changed(Areas, BadIndex, a => a with { MunicipalityCodes = ["33101", code] });

        var error = Assert.Single(ValidateAreas(areas));

        Assert.Equal("areas[3].municipalityCodes[1]", error.Field);
        Assert.Contains($"\"{code}\"", error.Message);
    }

    [Fact]
    public void Area_without_municipalities_is_reported()
    {
        var error = Assert.Single(ValidateAreas(Changed(Areas, BadIndex, a => a with { MunicipalityCodes = [] })));

        Assert.Equal("areas[3].municipalityCodes", error.Field);
        Assert.Contains("empty", error.Message);
    }

    [Fact]
    public void Municipality_listed_twice_is_reported_at_the_repeat()
    {
        var error = Assert.Single(ValidateAreas(Changed(Areas, BadIndex, a => a with { MunicipalityCodes = ["33101", "33202", "33101"] })));

        Assert.Equal("areas[3].municipalityCodes[2]", error.Field);
        Assert.Contains("\"33101\" twice", error.Message);
    }

    [Fact]
    public void Duplicate_area_id_is_reported_with_first_index()
    {
        var error = Assert.Single(ValidateAreas(Changed(Areas, BadIndex, a => a with { AreaId = "A2" })));

        Assert.Equal("areas[3].areaId", error.Field);
        Assert.Contains("\"A2\"", error.Message);
        Assert.Contains("areas[1]", error.Message);
    }

    [Fact]
    public void All_errors_are_reported_at_once()
    {
        var areas = Changed(Changed(Areas, 1, a => a with { AreaId = "", Name = "" }), BadIndex, a => a with { MunicipalityCodes = ["1"] });

        var fields = ValidateAreas(areas).Select(e => e.Field);

        Assert.Equal(["areas[1].areaId", "areas[1].name", "areas[3].municipalityCodes[0]"], fields);
    }

    [Fact]
    public void Removing_an_area_still_in_use_is_refused_naming_its_users()
    {
        var current = new PrefectureRegister(Areas, [Hub(1) with { AreaIds = ["A4"] }], [Institution(7) with { HomeCareAreaId = "A4" }]);

        var error = Assert.Single(ValidateAreas(Areas.Take(3).ToList(), current));

        Assert.Equal("areas", error.Field);
        Assert.Contains("area \"A4\"", error.Message);
        Assert.Contains("designation 3300000007", error.Message);
        Assert.Contains("hub H1", error.Message);
    }

    [Fact]
    public void Removal_refusal_names_five_users_and_counts_the_rest()
    {
        var current = new PrefectureRegister(Areas, [], Many(7, n => Institution(n) with { HomeCareAreaId = "A4" }));

        var error = Assert.Single(ValidateAreas(Areas.Take(3).ToList(), current));

        Assert.Contains("designation 3300000005 and 2 more", error.Message);
        Assert.DoesNotContain("3300000006", error.Message);
    }

    [Fact]
    public void Removing_an_unused_area_is_accepted()
    {
        var current = new PrefectureRegister(Areas, Hubs, Institutions);

        Assert.Empty(ValidateAreas(Areas.Take(3).ToList(), current));
    }
}
