namespace HomeCareNational.Abstractions;

/// <summary>The names grain state is stored under; one constant each so grains and hosts agree.</summary>
public static class StorageNames
{
    /// <summary>The grain storage provider that holds all HomeCareNational state.</summary>
    public const string GrainStorage = "homecare";
}
