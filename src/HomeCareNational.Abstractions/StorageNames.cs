namespace HomeCareNational.Abstractions;

/// <summary>The names grain state is stored under; one constant each so grains and hosts agree.</summary>
public static class StorageNames
{
    /// <summary>The grain storage provider that holds all HomeCareNational state.</summary>
    public const string GrainStorage = "homecare";

    /// <summary>
    /// The provider of the idempotency keys' state: the same table as <see cref="GrainStorage"/>, but clearing a state
    /// deletes its row, so that the retention sweep leaves nothing behind.
    /// </summary>
    public const string IdempotencyStorage = "homecare-idempotency";
}
