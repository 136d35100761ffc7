using HomeCareNational.Domain.Edits;
using static HomeCareNational.Domain.Tests.ActivitySamples;

namespace HomeCareNational.Domain.Tests.Edits;

public sealed class OperationNameTests
{
    public static TheoryData<RegisterEdit, string> Edits => new()
    {
        { new AddDesignation(Designation("PH-02", InstitutionKind.Pharmacy, "A1")), "addDesignation" },
        { new UpdateDesignation(Designation("PH-02", InstitutionKind.Pharmacy, "A1")), "updateDesignation" },
        { new WithdrawDesignation("PH-02"), "withdrawDesignation" },
        { new RecordReview("PH-02", Withdrawn()), "recordDesignationReview" },
        { new ReplaceDesignations([]), "submitDesignations" },
        { new ReplaceDesignations([], Imported: true), "importDesignations" },
        { new ReplaceHubs([]), "submitCollaborationHubs" },
        { new UpsertHub(Hub("H1", HubOperatorKind.Clinic)), "upsertCollaborationHub" },
        { new RetireHub("H1"), "retireCollaborationHub" },
        { new ReportHubActivity(Report("H1", 1, 1)), "reportHubActivity" },
        { new ReplaceAreas([]), "submitHomeCareAreas" },
        { new UpsertArea(Samples.Area(1)), "upsertHomeCareArea" },
        { new RetireArea("A1"), "retireHomeCareArea" },
    };

    [Theory]
    [MemberData(nameof(Edits))]
    public void Each_edit_is_named_after_its_mutation(RegisterEdit edit, string operation)
    {
        Assert.Equal(operation, edit.Operation);
    }
}
