namespace HomeCareNational.Domain.Reference;

/// <summary>What a submission warning is about: data that is valid but probably incomplete.</summary>
public enum SubmissionWarningKind
{
    /// <summary>A designation in force that belongs to no home-care area.</summary>
    DesignationWithoutArea,

    /// <summary>A hub that covers no home-care area.</summary>
    HubWithoutArea,

    /// <summary>An area with neither a hub nor a designation in force.</summary>
    EmptyArea,
}
