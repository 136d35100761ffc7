namespace HomeCareNational.Domain.Reference;

/// <summary>What kind of body a designated institution is; see <see cref="InstitutionKinds"/> for labels and the clinical flag.</summary>
public enum InstitutionKind
{
    EnhancedHomeCareSupportHospital,
    HomeCareSupportHospital,
    HomeCareBackupHospital,
    Hospital,
    EnhancedHomeCareSupportClinic,
    HomeCareSupportClinic,
    Clinic,
    DentalClinic,
    VisitingNurseStation,
    Pharmacy,
    CareManagementOffice,
    CommunityComprehensiveSupportCenter,
    ShortStayFacility,
    DisabilityConsultationOffice,
    MedicalAssociation,
    PublicHealthCenter,
    Municipality,
    Other,
}
