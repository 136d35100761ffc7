using HomeCareNational.Abstractions;

namespace HomeCareNational.Storage.AzureTable.GrainState;

/// <summary>
/// Where grain state is kept: Orleans' own Azure Table provider, configured by
/// <c>AddHomeCareGrainStorage</c>. Validated when the silo starts.
/// </summary>
public sealed class GrainStateStorageOptions : TableStorageSettings
{
    /// <summary>The table that holds every grain's state; created on silo start if missing.</summary>
    public string TableName { get; set; } = StorageNames.GrainStateTable;
}
