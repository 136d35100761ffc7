namespace HomeCareNational.Domain.Reference;

/// <summary>How active a hub was in a fiscal year, decided from its activity report by <see cref="Summaries.HubActivityRule"/>.</summary>
public enum HubActivityStatus
{
    /// <summary>Met at least once and did at least four of the five duties.</summary>
    Active,

    /// <summary>Reported some activity, but not enough to count as active.</summary>
    PartlyActive,

    /// <summary>Reported no meeting and no duty done.</summary>
    Inactive,

    /// <summary>No activity report for the fiscal year.</summary>
    NotReported,
}
