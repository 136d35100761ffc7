using HomeCareNational.Domain.Edits;
using static HomeCareNational.Domain.Tests.ActivitySamples;

namespace HomeCareNational.Domain.Tests.Edits;

/// <summary>A prefecture's year told as a sequence of edits, each validated then applied, with the totals counted by hand.</summary>
public sealed class EditSequenceTests
{
    [Fact]
    public void A_year_of_edits_ends_with_the_totals_counted_by_hand()
    {
        // Areas A1..A4, hubs H1 (A1), H2 (A2), H3 (A3).
        var register = new PrefectureRegister(Samples.Areas, [], [])
            .Accepted(new ReplaceHubs([Hub("H1", HubOperatorKind.MedicalAssociation, "A1"), Hub("H2", HubOperatorKind.Municipality, "A2"), Hub("H3", HubOperatorKind.Clinic, "A3")]));

        // Seven designations, six of them non-clinical and so open.
        register = register
            .Accepted(new AddDesignation(Designation("3300000001", InstitutionKind.Clinic, "A1")))
            .Accepted(new AddDesignation(Designation("VN-01", InstitutionKind.VisitingNurseStation, "A1")))
            .Accepted(new AddDesignation(Designation("PH-01", InstitutionKind.Pharmacy, "A2")))
            .Accepted(new AddDesignation(Designation("CM-01", InstitutionKind.CareManagementOffice, "A3")))
            .Accepted(new AddDesignation(Designation("MU-01", InstitutionKind.Municipality, "A3")))
            .Accepted(new AddDesignation(Designation("MA-01", InstitutionKind.MedicalAssociation, "A4")))
            .Accepted(new AddDesignation(Designation("HC-01", InstitutionKind.PublicHealthCenter, "A4")));
        var duplicate = Assert.Single(register.Refused(new AddDesignation(Designation("3300000001", InstitutionKind.Hospital, "A2"))));
        Assert.Equal("institution.institutionCode", duplicate.Field);
        Assert.Equal(new ReviewTotals(6, 6, 0, 0, 0), RegisterTotals.Of(register).Review);

        // Review: withdraw CM-01; MU-01 replaced once a clinic is designated; MA-01 kept with a reason.
        register = register.Accepted(new RecordReview("CM-01", Withdrawn()));
        Assert.Equal((DesignationStatus.Withdrawn, ReviewState.Withdrawn), (register.Find("CM-01").Status, register.Find("CM-01").ReviewState));

        var noReplacement = Assert.Single(register.Refused(new RecordReview("MU-01", ReplacedBy("3300000002"))));
        Assert.Equal("review.replacementInstitutionCode", noReplacement.Field);
        register = register
            .Accepted(new AddDesignation(Designation("3300000002", InstitutionKind.EnhancedHomeCareSupportClinic, "A3")))
            .Accepted(new RecordReview("MU-01", ReplacedBy("3300000002")));
        Assert.Equal((DesignationStatus.Withdrawn, ReviewState.ReplacedByClinical), (register.Find("MU-01").Status, register.Find("MU-01").ReviewState));

        var noReason = Assert.Single(register.Refused(new RecordReview("MA-01", Kept(null))));
        Assert.Equal("review.reason", noReason.Field);
        register = register.Accepted(new RecordReview("MA-01", Kept()));
        Assert.Equal((DesignationStatus.Active, ReviewState.Kept), (register.Find("MA-01").Status, register.Find("MA-01").ReviewState));

        var clinical = Assert.Single(register.Refused(new RecordReview("3300000001", Withdrawn())));
        Assert.Equal("institutionCode", clinical.Field);

        // HC-01 withdrawn without a review.
        register = register.Accepted(new WithdrawDesignation("HC-01"));
        Assert.Equal(ReviewState.Withdrawn, register.Find("HC-01").ReviewState);
        Assert.Equal("institutionCode", Assert.Single(register.Refused(new WithdrawDesignation("XX-99"))).Field);
        Assert.Equal(new ReviewTotals(Required: 6, Open: 2, Withdrawn: 2, ReplacedByClinical: 1, Kept: 1), RegisterTotals.Of(register).Review);

        // Activity: H1 active, H2 inactive then partly active (the second report replaces the first), H3 not reported.
        register = register
            .Accepted(new ReportHubActivity(Report("H1", 1, 5)))
            .Accepted(new ReportHubActivity(Report("H2", 0, 0)));
        Assert.Equal("report.hubId", Assert.Single(register.Refused(new ReportHubActivity(Report("H9", 1, 5)))).Field);
        Assert.Equal(HubActivityStatus.Inactive, HubActivityRule.StatusByHub(register)["H2"]);
        register = register.Accepted(new ReportHubActivity(Report("H2", 1, 2)));
        Assert.Equal(["H1", "H2"], register.ActivityReports.Select(r => r.HubId));
        var status = RegisterTotals.Of(register).HubsByActivityStatus;
        Assert.Equal((1, 1, 0, 1), (status[HubActivityStatus.Active], status[HubActivityStatus.PartlyActive], status[HubActivityStatus.Inactive], status[HubActivityStatus.NotReported]));
        Assert.Equal(3, RegisterTotals.Of(register).AreasWithoutActiveHub);

        // Retiring H1 takes its report with it; A1 stays in use by designations.
        register = register.Accepted(new RetireHub("H1"));
        Assert.Equal(["H2", "H3"], register.HubIds());
        Assert.Equal(["H2"], register.ActivityReports.Select(r => r.HubId));
        Assert.Equal("hubId", Assert.Single(register.Refused(new RetireHub("H1"))).Field);
        var inUse = Assert.Single(register.Refused(new RetireArea("A1")));
        Assert.Equal("areaId", inUse.Field);
        Assert.Contains("designation 3300000001, designation VN-01;", inUse.Message);

        // Upserts replace in place or append.
        register = register
            .Accepted(new UpsertHub(Hub("H2", HubOperatorKind.Municipality, "A1", "A2")))
            .Accepted(new UpsertHub(Hub("H4", HubOperatorKind.PublicHealthCenter, "A4")))
            .Accepted(new UpsertArea(Samples.Area(2) with { Name = "（テスト）改名圏域" }))
            .Accepted(new UpsertArea(Samples.Area(5)));
        Assert.Equal(["H2", "H3", "H4"], register.HubIds());
        Assert.Equal(["A1", "A2"], register.Hubs[0].AreaIds.AsEnumerable());
        Assert.Equal(["A1", "A2", "A3", "A4", "A5"], register.Areas.Select(a => a.AreaId));
        Assert.Equal("（テスト）改名圏域", register.Areas[1].Name);
        register = register.Accepted(new RetireArea("A5"));
        Assert.Equal(4, register.Areas.Length);

        // The designations are submitted again without reviews and without HC-01: the recorded reviews stay.
        register = register.Accepted(new ReplaceDesignations(
        [
            Designation("3300000001", InstitutionKind.Clinic, "A1"),
            Designation("3300000002", InstitutionKind.EnhancedHomeCareSupportClinic, "A3"),
            Designation("VN-01", InstitutionKind.VisitingNurseStation, "A1"),
            Designation("PH-01", InstitutionKind.Pharmacy, "A2"),
            Designation("CM-01", InstitutionKind.CareManagementOffice, "A3", DesignationStatus.Withdrawn),
            Designation("MU-01", InstitutionKind.Municipality, "A3", DesignationStatus.Withdrawn),
            Designation("MA-01", InstitutionKind.MedicalAssociation, "A4"),
        ]));
        Assert.Equal(ReviewOutcome.Withdrawn, register.Find("CM-01").Review?.Outcome);
        Assert.Equal("3300000002", register.Find("MU-01").Review?.ReplacementInstitutionCode);
        Assert.Equal(ReviewOutcome.Kept, register.Find("MA-01").Review?.Outcome);
        Assert.Null(register.Find("VN-01").Review);

        // Hubs submitted again without H2: its report goes.
        register = register.Accepted(new ReplaceHubs([Hub("H3", HubOperatorKind.Clinic, "A3"), Hub("H4", HubOperatorKind.PublicHealthCenter, "A4")]));
        Assert.Empty(register.ActivityReports);

        var totals = RegisterTotals.Of(register);
        Assert.Equal((5, 2, 3), (totals.Designations.Total, totals.Designations.Clinical, totals.Designations.NonClinical));
        Assert.Equal((2, 4), (totals.Hubs, totals.Areas));
        Assert.Equal(2, totals.HubsByActivityStatus[HubActivityStatus.NotReported]);
        Assert.Equal(0, totals.HubsByActivityStatus[HubActivityStatus.Active]);
        Assert.Equal((2, 4, 0), (totals.AreasWithoutHub, totals.AreasWithoutActiveHub, totals.AreasWithoutDesignation));
        Assert.Equal(new ReviewTotals(Required: 5, Open: 2, Withdrawn: 1, ReplacedByClinical: 1, Kept: 1), totals.Review);
        Assert.Equal([MissingPart.HubActivityReports], SubmissionStatus.Of(register).Missing.AsEnumerable());
    }
}
