namespace HomeCareNational.Abstractions;

/// <summary>
/// Storing a change failed in a way that leaves unknown whether it was stored (the storage call timed out, and
/// storage could not be read back to tell). A retry with the same idempotency key tells the truth: it answers the
/// original success if the change was stored, and applies it otherwise.
/// </summary>
[GenerateSerializer]
public sealed class StorageOutcomeUnknownException : Exception
{
    public StorageOutcomeUnknownException(string message)
        : base(message)
    {
    }
}
