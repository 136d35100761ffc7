using Orleans;

namespace HomeCareNational.Storage.AzureTable;

/// <summary>
/// A grain state does not fit into one Azure Table entity-group transaction, even compressed.
/// Nothing was written: the previously stored state is unchanged.
/// </summary>
[GenerateSerializer]
public sealed class GrainStateTooLargeException : AzureTableGrainStorageException
{
    public GrainStateTooLargeException(string message)
        : base(message)
    {
    }
}
