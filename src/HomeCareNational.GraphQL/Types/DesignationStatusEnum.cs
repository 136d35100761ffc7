namespace HomeCareNational.GraphQL.Types;

/// <summary>Whether a designation is in force.</summary>
public sealed class DesignationStatusEnum() : LabelledEnumerationGraphType<DesignationStatus>(
    "DesignationStatus",
    "Whether a designation is in force; withdrawn designations are kept but not counted.",
    status => status.LabelJa());
