namespace HomeCareNational.Storage.AzureTable.GrainState;

/// <summary>
/// Where grain state is kept: Orleans' own Azure Table provider, configured by
/// <c>AddHomeCareGrainStorage</c>. Validated when the silo starts.
/// </summary>
public sealed class GrainStateStorageOptions : TableStorageSettings
{
    /// <summary>The table used when <see cref="TableName"/> is not set.</summary>
    public const string DefaultTableName = "HomeCareGrains";

    /// <summary>
    /// The grain-state table of releases before the official provider; its rows are in another layout. A store that
    /// has it was written by an earlier release, and the silo refuses to start on it.
    /// </summary>
    public const string EarlierReleaseTableName = "HomeCareGrainState";

    /// <summary>The table that holds every grain's state; created on silo start if missing.</summary>
    public string TableName { get; set; } = DefaultTableName;
}
