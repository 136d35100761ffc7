namespace HomeCareNational.Domain.Tests.Reference;

public sealed class InstitutionKindsTests
{
    [Theory]
    [InlineData(InstitutionKind.EnhancedHomeCareSupportHospital, "機能強化型在宅療養支援病院", true)]
    [InlineData(InstitutionKind.HomeCareSupportHospital, "在宅療養支援病院", true)]
    [InlineData(InstitutionKind.HomeCareBackupHospital, "在宅療養後方支援病院", true)]
    [InlineData(InstitutionKind.Hospital, "病院（上記以外）", true)]
    [InlineData(InstitutionKind.EnhancedHomeCareSupportClinic, "機能強化型在宅療養支援診療所", true)]
    [InlineData(InstitutionKind.HomeCareSupportClinic, "在宅療養支援診療所", true)]
    [InlineData(InstitutionKind.Clinic, "診療所（上記以外）", true)]
    [InlineData(InstitutionKind.DentalClinic, "歯科診療所（在宅療養支援歯科診療所を含む）", true)]
    [InlineData(InstitutionKind.VisitingNurseStation, "訪問看護事業所", false)]
    [InlineData(InstitutionKind.Pharmacy, "薬局", false)]
    [InlineData(InstitutionKind.CareManagementOffice, "居宅介護支援事業所", false)]
    [InlineData(InstitutionKind.CommunityComprehensiveSupportCenter, "地域包括支援センター", false)]
    [InlineData(InstitutionKind.ShortStayFacility, "短期入所サービス提供施設", false)]
    [InlineData(InstitutionKind.DisabilityConsultationOffice, "相談支援事業所", false)]
    [InlineData(InstitutionKind.MedicalAssociation, "医師会等関係団体", false)]
    [InlineData(InstitutionKind.PublicHealthCenter, "保健所", false)]
    [InlineData(InstitutionKind.Municipality, "市町村", false)]
    [InlineData(InstitutionKind.Other, "その他", false)]
    public void Kind_has_the_glossary_label_and_clinical_flag(InstitutionKind kind, string labelJa, bool isClinical)
    {
        Assert.Equal(new InstitutionKindInfo(kind, labelJa, isClinical), kind.Info());
        Assert.Equal(isClinical, kind.IsClinical());
    }

    [Fact]
    public void Every_kind_has_exactly_one_entry_in_declaration_order()
    {
        Assert.Equal(18, InstitutionKinds.All.Count);
        Assert.Equal(Enum.GetValues<InstitutionKind>(), InstitutionKinds.All.Select(i => i.Kind));
    }
}
