namespace HomeCareNational.Host.Hosting;

/// <summary>The configuration keys of the service, one constant each.</summary>
public static class HomeCareSettings
{
    /// <summary>When true, the synthetic demo register is loaded at start into prefectures that have no data for its year.</summary>
    public const string SeedDemoDataKey = "HomeCare:SeedDemoData";
}
