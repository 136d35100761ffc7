namespace HomeCareNational.Application.Reads.Views;

/// <summary>How many designations of one kind.</summary>
public sealed record KindCount(InstitutionKind Kind, int Count);
