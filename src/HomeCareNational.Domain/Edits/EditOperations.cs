namespace HomeCareNational.Domain.Edits;

/// <summary>
/// The names of the register's changes, as the history records them (<see cref="RegisterEdit.Operation"/>), the API's
/// mutations are called, and idempotency keys and the change metrics are bound to. One place, so a name the history
/// has stored cannot drift from the mutation that makes it.
/// </summary>
public static class EditOperations
{
    public const string SubmitHomeCareAreas = "submitHomeCareAreas";
    public const string SubmitCollaborationHubs = "submitCollaborationHubs";
    public const string SubmitDesignations = "submitDesignations";
    public const string ImportDesignations = "importDesignations";
    public const string SubmitHubActivityReports = "submitHubActivityReports";
    public const string AddDesignation = "addDesignation";
    public const string UpdateDesignation = "updateDesignation";
    public const string WithdrawDesignation = "withdrawDesignation";
    public const string RecordDesignationReview = "recordDesignationReview";
    public const string UpsertCollaborationHub = "upsertCollaborationHub";
    public const string RetireCollaborationHub = "retireCollaborationHub";
    public const string UpsertHomeCareArea = "upsertHomeCareArea";
    public const string RetireHomeCareArea = "retireHomeCareArea";
    public const string ReportHubActivity = "reportHubActivity";

    /// <summary>Opening a fiscal year from the previous year's register: a change of the grain's own, not a <see cref="RegisterEdit"/>.</summary>
    public const string OpenFiscalYear = "openFiscalYear";
}
