namespace HomeCareNational.Application.Reads.Views;

/// <summary>A home-care area as its prefecture's register holds it for a fiscal year.</summary>
/// <param name="PrefectureCode">The prefecture whose register holds it.</param>
/// <param name="FiscalYear">The register's fiscal year.</param>
/// <param name="Area">The area as submitted.</param>
/// <param name="Coverage">Whether hubs and designations cover the area, worked out once for the whole register.</param>
public sealed record AreaView(string PrefectureCode, int FiscalYear, HomeCareArea Area, AreaCoverageView Coverage);
