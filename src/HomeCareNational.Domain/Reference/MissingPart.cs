namespace HomeCareNational.Domain.Reference;

/// <summary>A part of a fiscal year's submission that is still missing.</summary>
public enum MissingPart
{
    /// <summary>No home-care areas.</summary>
    Areas,

    /// <summary>No collaboration hubs.</summary>
    Hubs,

    /// <summary>No designation in force.</summary>
    Designations,

    /// <summary>At least one hub has no activity report.</summary>
    HubActivityReports,
}
