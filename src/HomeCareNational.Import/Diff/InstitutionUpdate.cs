namespace HomeCareNational.Import.Diff;

/// <summary>A designation present before and after, with some value changed.</summary>
public sealed record InstitutionUpdate(DesignatedInstitution Before, DesignatedInstitution After);
