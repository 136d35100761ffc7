using System.Globalization;
using static HomeCareNational.Domain.Tests.Samples;

namespace HomeCareNational.Domain.Tests.Validation;

public sealed class InstitutionValidationTests
{
    [Fact]
    public void Valid_institutions_have_no_errors()
    {
        Assert.Empty(ValidateInstitutions(Institutions));
    }

    [Fact]
    public void Prefecture_issued_id_and_no_area_are_accepted()
    {
        var institutions = Changed(Institutions, BadIndex, x => x with { InstitutionCode = "DEMO-33-00042", HomeCareAreaId = null });

        Assert.Empty(ValidateInstitutions(institutions));
    }

    [Theory]
    [InlineData("institutionCode", "330000001", "330000001")]
    [InlineData("institutionCode", "33000000001", "33000000001")]
    [InlineData("institutionCode", "1DEMO-33", "1DEMO-33")]
    [InlineData("institutionCode", "DEMO_33", "DEMO_33")]
    [InlineData("institutionCode", null, "(null)")]
    [InlineData("name", "在宅クリニック ", "在宅クリニック ")]
    [InlineData("name", "在宅\u0007クリニック", "在宅\\u0007クリニック")]
    [InlineData("municipalityCode", "3310", "3310")]
    [InlineData("municipalityCode", "13101", "13101")]
    [InlineData("municipalityCode", "", "")]
    [InlineData("homeCareAreaId", "A9", "A9")]
    public void Bad_text_is_reported_at_its_field_quoting_the_value(string field, string? value, string shown)
    {
        var institutions = Changed(Institutions, BadIndex, x => field switch
        {
            "institutionCode" => x with { InstitutionCode = value! },
            "name" => x with { Name = value! },
            "municipalityCode" => x with { MunicipalityCode = value! },
            "homeCareAreaId" => x with { HomeCareAreaId = value },
            _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
        });

        var error = Assert.Single(ValidateInstitutions(institutions));

        Assert.Equal($"institutions[3].{field}", error.Field);
        Assert.Contains($"\"{shown}\"", error.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("　")]
    [InlineData(null)]
    public void Blank_name_is_required(string? name)
    {
        var error = Assert.Single(ValidateInstitutions(Changed(Institutions, BadIndex, x => x with { Name = name! })));

        Assert.Equal("institutions[3].name", error.Field);
        Assert.Contains("required", error.Message);
    }

    [Theory]
    [InlineData(200, false)]
    [InlineData(201, true)]
    public void Name_may_be_at_most_200_characters(int length, bool reported)
    {
        var errors = ValidateInstitutions(Changed(Institutions, BadIndex, x => x with { Name = new string('診', length) }));

        Assert.Equal(reported, errors.Any(e => e.Field == "institutions[3].name" && e.Message.Contains("201 characters", StringComparison.Ordinal)));
        Assert.Equal(reported ? 1 : 0, errors.Count);
    }

    [Fact]
    public void Long_offending_value_is_shortened_in_the_message()
    {
        var code = new string('9', 60);

        var error = Assert.Single(ValidateInstitutions(Changed(Institutions, BadIndex, x => x with { InstitutionCode = code })));

        Assert.Contains($"\"{code[..40]}…\"", error.Message);
    }

    [Theory]
    [InlineData("kind")]
    [InlineData("status")]
    public void Undefined_enum_value_is_reported(string field)
    {
        var institutions = Changed(Institutions, BadIndex, x => field switch
        {
            "kind" => x with { Kind = (InstitutionKind)99 },
            "status" => x with { Status = (DesignationStatus)99 },
            _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
        });

        var error = Assert.Single(ValidateInstitutions(institutions));

        Assert.Equal($"institutions[3].{field}", error.Field);
        Assert.Contains("\"99\"", error.Message);
    }

    [Fact]
    public void Functions_beyond_the_four_are_reported()
    {
        var error = Assert.Single(ValidateInstitutions(Changed(Institutions, BadIndex, x => x with { Functions = HomeCareFunctions.All | (HomeCareFunctions)16 })));

        Assert.Equal("institutions[3].functions", error.Field);
        Assert.Contains("functions 31", error.Message);
    }

    [Theory]
    [InlineData("2025-03-31", false)]
    [InlineData("2025-04-01", true)]
    public void Designation_after_the_fiscal_year_is_reported(string date, bool reported)
    {
        var designatedOn = DateOnly.Parse(date, CultureInfo.InvariantCulture);

        var errors = ValidateInstitutions(Changed(Institutions, BadIndex, x => x with { DesignatedOn = designatedOn }));

        Assert.Equal(reported, errors.Any(e => e.Field == "institutions[3].designatedOn" && e.Message.Contains("designatedOn 2025-04-01", StringComparison.Ordinal)));
        Assert.Equal(reported ? 1 : 0, errors.Count);
    }

    [Theory]
    [InlineData("th-TH")]
    [InlineData("ar-SA")]
    [InlineData("ja-JP")]
    public void Dates_in_messages_are_gregorian_whatever_the_culture(string culture)
    {
        var institutions = Changed(Institutions, BadIndex, x => x with { DesignatedOn = new DateOnly(2025, 4, 1) });
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = new CultureInfo(culture);
        try
        {
            var error = Assert.Single(ValidateInstitutions(institutions));

            Assert.Contains("designatedOn 2025-04-01 is after the end of fiscal year 2024 (2025-03-31)", error.Message);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Duplicate_institution_code_is_reported_with_first_index()
    {
        var error = Assert.Single(ValidateInstitutions(Changed(Institutions, BadIndex, x => x with { InstitutionCode = "3300000002" })));

        Assert.Equal("institutions[3].institutionCode", error.Field);
        Assert.Contains("\"3300000002\"", error.Message);
        Assert.Contains("institutions[1]", error.Message);
    }

    [Fact]
    public void All_errors_are_reported_at_once()
    {
        var institutions = Changed(
            Changed(Institutions, 1, x => x with { InstitutionCode = "1", MunicipalityCode = "13101" }),
            BadIndex,
            x => x with { Kind = (InstitutionKind)99, HomeCareAreaId = "A9" });

        var fields = ValidateInstitutions(institutions).Select(e => e.Field);

        Assert.Equal(["institutions[1].institutionCode", "institutions[1].municipalityCode", "institutions[3].kind", "institutions[3].homeCareAreaId"], fields);
    }
}
