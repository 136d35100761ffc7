using static HomeCareNational.Domain.Tests.ActivitySamples;

namespace HomeCareNational.Domain.Tests.Validation;

/// <summary>Single-record checks of designations, hubs, areas, retirements and withdrawals.</summary>
public sealed class RecordValidatorTests
{
    private static readonly PrefectureRegister Current = HandMadeRegister.Register;

    private static IReadOnlyList<ValidationError> ValidateDesignation(DesignatedInstitution institution, bool isNew) =>
        RecordValidator.ValidateDesignation(Samples.Prefecture, Samples.FiscalYear, institution, isNew, Current);

    [Fact]
    public void A_new_designation_is_accepted()
    {
        Assert.Empty(ValidateDesignation(Designation("3300000099", InstitutionKind.Clinic, "A4"), isNew: true));
    }

    [Fact]
    public void A_new_designation_with_a_code_already_in_the_register_is_refused()
    {
        var error = Assert.Single(ValidateDesignation(Designation("VN-01", InstitutionKind.VisitingNurseStation, "A1"), isNew: true));

        Assert.Equal("institution.institutionCode", error.Field);
        Assert.Contains("\"VN-01\" is already in the register", error.Message);
        Assert.Contains("update it instead", error.Message);
    }

    [Fact]
    public void An_update_of_a_designation_not_in_the_register_is_refused()
    {
        var error = Assert.Single(ValidateDesignation(Designation("3300000099", InstitutionKind.Clinic, "A1"), isNew: false));

        Assert.Equal("institution.institutionCode", error.Field);
        Assert.Contains("\"3300000099\"", error.Message);
        Assert.Contains("not a designation", error.Message);
    }

    [Fact]
    public void An_update_of_a_designation_in_the_register_is_accepted()
    {
        Assert.Empty(ValidateDesignation(Designation("VN-01", InstitutionKind.VisitingNurseStation, "A2"), isNew: false));
    }

    [Fact]
    public void Field_errors_of_a_designation_are_rooted_at_the_argument()
    {
        var institution = Designation("3300000099", InstitutionKind.Clinic, "A9") with { MunicipalityCode = "13101", DesignatedOn = new DateOnly(2025, 4, 1) };

        var errors = ValidateDesignation(institution, isNew: true);

        Assert.Equal(["institution.municipalityCode", "institution.homeCareAreaId", "institution.designatedOn"], errors.Select(e => e.Field));
        Assert.Contains("\"13101\"", errors[0].Message);
        Assert.Contains("\"A9\"", errors[1].Message);
        Assert.Contains("2025-04-01", errors[2].Message);
    }

    [Fact]
    public void A_hub_with_an_unknown_area_is_refused_at_the_area()
    {
        var error = Assert.Single(RecordValidator.ValidateHub(Samples.Prefecture, Hub("H6", HubOperatorKind.Clinic, "A1", "A9"), Current));

        Assert.Equal("hub.areaIds[1]", error.Field);
        Assert.Contains("\"A9\"", error.Message);
    }

    [Fact]
    public void A_hub_with_a_bad_id_is_refused()
    {
        var error = Assert.Single(RecordValidator.ValidateHub(Samples.Prefecture, Hub("_H6", HubOperatorKind.Clinic, "A1"), Current));

        Assert.Equal("hub.hubId", error.Field);
        Assert.Contains("\"_H6\"", error.Message);
    }

    [Fact]
    public void An_existing_hub_may_be_validated_for_replacement()
    {
        Assert.Empty(RecordValidator.ValidateHub(Samples.Prefecture, Hub("H1", HubOperatorKind.Hospital, "A4"), Current));
    }

    [Fact]
    public void An_area_errors_are_rooted_at_the_argument()
    {
        var area = Samples.Area(5) with { MunicipalityCodes = ["33101", "13101"] };

        var error = Assert.Single(RecordValidator.ValidateArea(Samples.Prefecture, area, Current));

        Assert.Equal("area.municipalityCodes[1]", error.Field);
        Assert.Contains("\"13101\"", error.Message);
    }

    [Fact]
    public void An_area_spanning_no_municipality_is_refused()
    {
        var error = Assert.Single(RecordValidator.ValidateArea(Samples.Prefecture, Samples.Area(5) with { MunicipalityCodes = [] }, Current));

        Assert.Equal("area.municipalityCodes", error.Field);
        Assert.Contains("empty", error.Message);
    }

    [Fact]
    public void An_area_in_use_may_be_replaced_in_place()
    {
        Assert.Empty(RecordValidator.ValidateArea(Samples.Prefecture, Samples.Area(1) with { Name = "（テスト）改名圏域" }, Current));
    }

    [Fact]
    public void Retiring_a_hub_not_in_the_register_is_refused()
    {
        var error = Assert.Single(RecordValidator.ValidateHubRetirement("H9", Current));

        Assert.Equal("hubId", error.Field);
        Assert.Contains("\"H9\"", error.Message);
        Assert.Contains("not a hub", error.Message);
        Assert.Empty(RecordValidator.ValidateHubRetirement("H5", Current));
    }

    [Fact]
    public void Retiring_an_area_not_in_the_register_is_refused()
    {
        var error = Assert.Single(RecordValidator.ValidateAreaRetirement("A9", Current));

        Assert.Equal("areaId", error.Field);
        Assert.Contains("\"A9\"", error.Message);
    }

    [Fact]
    public void Retiring_an_area_in_use_names_its_first_five_users_and_counts_the_rest()
    {
        var error = Assert.Single(RecordValidator.ValidateAreaRetirement("A1", Current));

        Assert.Equal("areaId", error.Field);
        Assert.Equal(
            "area \"A1\" is still used by designation 3300000001, designation 3300000002, designation VN-01, designation MA-01, hub H1 and 1 more; reassign them first.",
            error.Message);
    }

    [Fact]
    public void Retiring_an_area_used_only_by_withdrawn_designations_is_refused_too()
    {
        var register = Current with { Hubs = [] };

        var error = Assert.Single(RecordValidator.ValidateAreaRetirement("A3", register));

        Assert.Equal("area \"A3\" is still used by designation CM-01, designation MU-01, designation HC-01; reassign them first.", error.Message);
    }

    [Fact]
    public void Retiring_an_unused_area_is_accepted()
    {
        Assert.Empty(RecordValidator.ValidateAreaRetirement("A4", Current));
    }

    [Fact]
    public void Withdrawing_a_designation_not_in_the_register_is_refused()
    {
        var error = Assert.Single(RecordValidator.ValidateWithdrawal("XX-99", Current));

        Assert.Equal("institutionCode", error.Field);
        Assert.Contains("\"XX-99\"", error.Message);
        Assert.Empty(RecordValidator.ValidateWithdrawal("HC-01", Current));
    }
}
