namespace HomeCareNational.Application.Reads.Views;

/// <summary>A designated institution as its prefecture's register holds it for a fiscal year.</summary>
public sealed record InstitutionView(string PrefectureCode, int FiscalYear, DesignatedInstitution Institution);
