namespace HomeCareNational.Host.Hosting;

/// <summary>The configuration keys of the service, one constant each.</summary>
public static class HomeCareSettings
{
    /// <summary>Connection string name of the Azure Table Storage account that holds grain state.</summary>
    public const string StorageConnectionName = "HomeCareStorage";

    /// <summary>The full key, as the README and error messages name it.</summary>
    public const string StorageConnectionKey = "ConnectionStrings:" + StorageConnectionName;

    /// <summary>When true, the synthetic demo register is loaded at start into prefectures that have no data for its year.</summary>
    public const string SeedDemoDataKey = "HomeCare:SeedDemoData";
}
