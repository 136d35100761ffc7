using System.Text.RegularExpressions;

namespace HomeCareNational.DemoData.Tests;

public sealed partial class PrefectureRegisterTests
{
    [Theory]
    [ClassData(typeof(PrefectureCodes))]
    public void Prefecture_has_areas_hubs_and_designations(string code)
    {
        var register = DemoRegister.Generate()[code];

        Assert.InRange(register.Areas.Length, 3, 13);
        Assert.NotEmpty(register.Hubs);
        Assert.NotEmpty(register.Institutions);
    }

    [Theory]
    [ClassData(typeof(PrefectureCodes))]
    public void Prefecture_register_passes_validation(string code)
    {
        var register = DemoRegister.Generate()[code];
        var withAreas = PrefectureRegister.Empty with { Areas = register.Areas };

        Assert.Empty(RegisterValidator.ValidateAreas(code, register.Areas, PrefectureRegister.Empty));
        Assert.Empty(RegisterValidator.ValidateHubs(code, register.Hubs, withAreas));
        Assert.Empty(RegisterValidator.ValidateInstitutions(code, DemoRegister.FiscalYear, register.Institutions, withAreas with { Hubs = register.Hubs }));
    }

    [Theory]
    [ClassData(typeof(PrefectureCodes))]
    public void Every_area_has_a_hub_and_every_hub_covers_an_area(string code)
    {
        var register = DemoRegister.Generate()[code];
        var covered = register.Hubs.SelectMany(h => h.AreaIds).ToHashSet();

        Assert.All(register.Hubs, hub => Assert.NotEmpty(hub.AreaIds));
        Assert.All(register.Areas, area => Assert.Contains(area.AreaId, covered));
    }

    [Theory]
    [ClassData(typeof(PrefectureCodes))]
    public void Every_designation_lies_in_a_municipality_of_its_area(string code)
    {
        var register = DemoRegister.Generate()[code];
        var municipalitiesByArea = register.Areas.ToDictionary(a => a.AreaId, a => a.MunicipalityCodes);

        Assert.All(register.Institutions, x =>
        {
            Assert.NotNull(x.HomeCareAreaId);
            Assert.Contains(x.MunicipalityCode, municipalitiesByArea[x.HomeCareAreaId]);
        });
        Assert.All(register.Hubs, hub => Assert.Contains(hub.MunicipalityCode, municipalitiesByArea[hub.AreaIds[0]]));
    }

    [Theory]
    [ClassData(typeof(PrefectureCodes))]
    public void Codes_carry_the_prefecture_and_fee_table_or_are_prefecture_issued(string code)
    {
        Assert.All(DemoRegister.Generate()[code].Institutions, x =>
        {
            var expected = x.Kind switch
            {
                InstitutionKind.DentalClinic => $"^{code}3[0-9]{{7}}$",
                InstitutionKind.Pharmacy => $"^{code}4[0-9]{{7}}$",
                _ when x.Kind.IsClinical() => $"^{code}1[0-9]{{7}}$",
                _ => $"^DEMO-{code}-[0-9]{{5}}$",
            };
            Assert.Matches(expected, x.InstitutionCode);
        });
    }

    [Theory]
    [ClassData(typeof(PrefectureCodes))]
    public void Every_name_is_marked_as_demo(string code)
    {
        var register = DemoRegister.Generate()[code];
        var names = register.Areas.Select(a => a.Name).Concat(register.Hubs.Select(h => h.Name)).Concat(register.Institutions.Select(x => x.Name));

        Assert.All(names, name => Assert.StartsWith("（デモ）", name, StringComparison.Ordinal));
    }

    [Theory]
    [ClassData(typeof(PrefectureCodes))]
    public void Designations_were_made_in_fiscal_2024(string code)
    {
        Assert.All(DemoRegister.Generate()[code].Institutions, x => Assert.Equal(2024, FiscalYear.Of(x.DesignatedOn)));
    }

    [Fact]
    public void Okayama_example_looks_as_documented()
    {
        var clinic = DemoRegister.Generate()["33"].Institutions.First(x => x.Kind == InstitutionKind.HomeCareSupportClinic);

        Assert.Matches(DemoClinicName(), clinic.Name);
    }

    [GeneratedRegex("^（デモ）岡山在宅クリニック[0-9]{4}$")]
    private static partial Regex DemoClinicName();
}
