namespace HomeCareNational.Host.Hosting;

/// <summary>The configuration keys of the service, one constant each.</summary>
public static class HomeCareSettings
{
    /// <summary>When true, the synthetic demo register is loaded at start into prefectures that have no data for its year.</summary>
    public const string SeedDemoDataKey = "HomeCare:SeedDemoData";

    /// <summary>
    /// When true (with <see cref="SeedDemoDataKey"/>), the demo also loads its synthetic FY2025 history. Off by default:
    /// it makes FY2025 the latest year with data, which every query without a fiscal year then answers for.
    /// </summary>
    public const string DemoHistoryKey = "HomeCare:DemoData:History";
}
