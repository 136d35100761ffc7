namespace HomeCareNational.DemoData.Figures;

/// <summary>How the demo shares designations, hubs and areas among kinds. Nothing here is published; the mixes are invented to look plausible.</summary>
internal static class KindMix
{
    /// <summary>Mostly home-care support clinics (在宅療養支援診療所, 機能強化型 included); some hospitals and dental clinics.</summary>
    public static IReadOnlyList<Weighted<InstitutionKind>> Clinical { get; } =
    [
        new(InstitutionKind.EnhancedHomeCareSupportHospital, 5),
        new(InstitutionKind.HomeCareSupportHospital, 8),
        new(InstitutionKind.HomeCareBackupHospital, 3),
        new(InstitutionKind.Hospital, 4),
        new(InstitutionKind.EnhancedHomeCareSupportClinic, 20),
        new(InstitutionKind.HomeCareSupportClinic, 38),
        new(InstitutionKind.Clinic, 14),
        new(InstitutionKind.DentalClinic, 8),
    ];

    /// <summary>Mostly visiting-nurse stations and pharmacies; a few of each other non-clinical kind.</summary>
    public static IReadOnlyList<Weighted<InstitutionKind>> NonClinical { get; } =
    [
        new(InstitutionKind.VisitingNurseStation, 90),
        new(InstitutionKind.Pharmacy, 70),
        new(InstitutionKind.CareManagementOffice, 16),
        new(InstitutionKind.CommunityComprehensiveSupportCenter, 8),
        new(InstitutionKind.ShortStayFacility, 4),
        new(InstitutionKind.DisabilityConsultationOffice, 4),
        new(InstitutionKind.MedicalAssociation, 4),
        new(InstitutionKind.PublicHealthCenter, 1),
        new(InstitutionKind.Municipality, 2),
        new(InstitutionKind.Other, 1),
    ];

    /// <summary>Mostly district medical associations and municipalities.</summary>
    public static IReadOnlyList<Weighted<HubOperatorKind>> HubOperators { get; } =
    [
        new(HubOperatorKind.MedicalAssociation, 35),
        new(HubOperatorKind.Municipality, 25),
        new(HubOperatorKind.Hospital, 15),
        new(HubOperatorKind.Clinic, 10),
        new(HubOperatorKind.VisitingNurseStation, 8),
        new(HubOperatorKind.PublicHealthCenter, 7),
    ];

    /// <summary>Most prefectures draw home-care areas along secondary medical areas; some split by health centre or single out a city.</summary>
    public static IReadOnlyList<Weighted<AreaUnitType>> AreaUnits { get; } =
    [
        new(AreaUnitType.SecondaryMedicalArea, 80),
        new(AreaUnitType.HealthCenterArea, 12),
        new(AreaUnitType.Municipality, 8),
    ];
}
