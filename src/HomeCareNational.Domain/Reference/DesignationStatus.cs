namespace HomeCareNational.Domain.Reference;

/// <summary>Whether a designation is in force. Withdrawn designations stay in the register for history but are not counted.</summary>
public enum DesignationStatus
{
    Active,
    Withdrawn,
}
