namespace HomeCareNational.Application.Reads.Views;

/// <summary>What covers one home-care area (<see cref="AreaCoverage"/>).</summary>
/// <param name="HasHub">At least one collaboration hub covers it, whatever its activity.</param>
/// <param name="HasActiveHub">At least one hub whose activity status is <see cref="HubActivityStatus.Active"/> covers it.</param>
/// <param name="HasDesignatedInstitution">At least one designation in force belongs to it.</param>
public sealed record AreaCoverageView(bool HasHub, bool HasActiveHub, bool HasDesignatedInstitution);
