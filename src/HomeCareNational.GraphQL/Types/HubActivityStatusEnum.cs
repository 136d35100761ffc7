namespace HomeCareNational.GraphQL.Types;

/// <summary>How active a collaboration hub was in a fiscal year.</summary>
public sealed class HubActivityStatusEnum() : LabelledEnumerationGraphType<HubActivityStatus>(
    "HubActivityStatus",
    $"How active a collaboration hub was in the fiscal year, decided from its activity report: ACTIVE when it met at least once and did at least {HubActivityRule.DutiesForActive} of the 5 duties, INACTIVE when it reported no meeting and no duty done, PARTLY_ACTIVE in between, NOT_REPORTED without a report.",
    status => status.LabelJa());
