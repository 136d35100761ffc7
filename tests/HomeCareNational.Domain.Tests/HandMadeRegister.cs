using static HomeCareNational.Domain.Tests.ActivitySamples;

namespace HomeCareNational.Domain.Tests;

/// <summary>
/// A register small enough to count by hand; the expected numbers are written next to each line and asserted in
/// <c>HandMadeFixtureTests</c>.
/// </summary>
internal static class HandMadeRegister
{
    // Areas A1..A4. Hub cover: A1 ← H1 (active), H5 (not reported); A2 ← H2 (partly), H3 (inactive);
    // A3 ← H3 (inactive), H4 (partly); A4 ← none. So no hub: A4 (1); no active hub: A2, A3, A4 (3).
    public static PrefectureRegister Register => new PrefectureRegister(
        Samples.Areas,
        [
            Hub("H1", HubOperatorKind.MedicalAssociation, "A1"),
            Hub("H2", HubOperatorKind.Municipality, "A2"),
            Hub("H3", HubOperatorKind.MedicalAssociation, "A2", "A3"),
            Hub("H4", HubOperatorKind.VisitingNurseStation, "A3"),
            Hub("H5", HubOperatorKind.PublicHealthCenter, "A1"),
        ],
        [
            // Clinical, in force: 4 (no review required). A1: 2, A2: 2.
            Designation("3300000001", InstitutionKind.Clinic, "A1"),
            Designation("3300000002", InstitutionKind.HomeCareSupportHospital, "A1"),
            Designation("3300000003", InstitutionKind.DentalClinic, "A2"),
            Designation("3300000004", InstitutionKind.EnhancedHomeCareSupportClinic, "A2"),

            // Clinical, withdrawn, no area: counts nowhere.
            Designation("3300000005", InstitutionKind.Clinic, null, DesignationStatus.Withdrawn),

            // Non-clinical: 7 need review.
            Designation("VN-01", InstitutionKind.VisitingNurseStation, "A1"), // open, in force
            Designation("PH-01", InstitutionKind.Pharmacy, "A2"), // open, in force
            Designation("CM-01", InstitutionKind.CareManagementOffice, "A3", DesignationStatus.Withdrawn, Withdrawn()), // withdrawn via review
            Designation("MU-01", InstitutionKind.Municipality, "A3", DesignationStatus.Withdrawn, ReplacedBy("3300000004")), // replaced
            Designation("MA-01", InstitutionKind.MedicalAssociation, "A1", review: Kept()), // kept, in force
            Designation("CC-01", InstitutionKind.CommunityComprehensiveSupportCenter, "A2", review: Kept()), // kept, in force
            Designation("HC-01", InstitutionKind.PublicHealthCenter, "A3", DesignationStatus.Withdrawn), // withdrawn without review
        ])
    {
        ActivityReports =
        [
            Report("H1", meetings: 1, dutiesDone: 5), // active
            Report("H2", meetings: 2, dutiesDone: 3), // partly active: met, but only three duties
            Report("H3", meetings: 0, dutiesDone: 0), // inactive
            Report("H4", meetings: 0, dutiesDone: 4), // partly active: four duties, but never met
            // H5 has no report: not reported.
        ],
    };

    /// <summary>One area, one active hub, one clinic and one open pharmacy: a second register to sum with.</summary>
    public static PrefectureRegister Small => new PrefectureRegister(
        [Samples.Area(1)],
        [Hub("H1", HubOperatorKind.Clinic, "A1")],
        [Designation("3300000001", InstitutionKind.Clinic, "A1"), Designation("PH-01", InstitutionKind.Pharmacy, "A1")])
    {
        ActivityReports = [Report("H1", meetings: 3, dutiesDone: 4)],
    };
}
