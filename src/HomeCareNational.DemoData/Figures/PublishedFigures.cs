namespace HomeCareNational.DemoData.Figures;

/// <summary>
/// The national FY2024 (令和6年度) figures reported to the MHLW working group (see domain.md): 11,309
/// designations, split as below, and the hubs. The demo reproduces them exactly.
/// </summary>
internal static class PublishedFigures
{
    /// <summary>Designated hospitals and clinics (病院・診療所).</summary>
    public const int ClinicalDesignations = 8_350;

    /// <summary>Designated bodies other than hospitals and clinics.</summary>
    public const int NonClinicalDesignations = 2_959;

    /// <summary>Collaboration hubs (拠点).</summary>
    public const int CollaborationHubs = 1_970;
}
