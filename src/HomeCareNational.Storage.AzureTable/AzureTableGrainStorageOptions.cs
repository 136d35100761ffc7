using Azure.Data.Tables;
using Orleans.Storage;

namespace HomeCareNational.Storage.AzureTable;

/// <summary>Settings of one named Azure Table grain storage provider.</summary>
public sealed class AzureTableGrainStorageOptions : IStorageProviderSerializerOptions
{
    /// <summary>The table used when <see cref="TableName"/> is not set.</summary>
    public const string DefaultTableName = "HomeCareGrainState";

    /// <summary>The silo lifecycle stage at which the table is created when <see cref="InitStage"/> is not set.</summary>
    public const int DefaultInitStage = ServiceLifecycleStage.ApplicationServices;

    /// <summary>Whether clearing a state deletes its rows when <see cref="DeleteStateOnClear"/> is not set.</summary>
    public const bool DefaultDeleteStateOnClear = true;

    /// <summary>
    /// The storage account connection string (required), e.g. the explicit <c>devstoreaccount1</c> form for Azurite.
    /// </summary>
    [RedactConnectionString]
    public string ConnectionString { get; set; } = string.Empty;

    /// <summary>The table that holds the state; created on silo start if missing.</summary>
    public string TableName { get; set; } = DefaultTableName;

    /// <summary>
    /// <c>true</c> (default): clearing a state deletes all its rows and the state's ETag becomes <c>null</c>.
    /// <c>false</c>: as Orleans' built-in Azure Table provider does by default, clearing keeps an empty head row,
    /// so the cleared state gets a new ETag and a stale writer still meets an ETag conflict.
    /// </summary>
    public bool DeleteStateOnClear { get; set; } = DefaultDeleteStateOnClear;

    /// <summary>The silo lifecycle stage at which the table is created.</summary>
    public int InitStage { get; set; } = DefaultInitStage;

    /// <summary>Azure SDK client settings (retries, timeouts, diagnostics).</summary>
    public TableClientOptions ClientOptions { get; set; } = new();

    /// <summary>Turns state into bytes and back; defaults to the silo's <see cref="IGrainStorageSerializer"/>.</summary>
    public IGrainStorageSerializer GrainStorageSerializer { get; set; } = null!;
}
