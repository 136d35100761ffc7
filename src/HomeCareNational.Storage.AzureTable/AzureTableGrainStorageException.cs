using Orleans;

namespace HomeCareNational.Storage.AzureTable;

/// <summary>
/// A grain state could not be read, written or cleared in Azure Table Storage for a reason other than an ETag
/// conflict (those raise <see cref="Orleans.Storage.InconsistentStateException"/>). The message names the grain,
/// the state and the table; the inner exception, if any, is the Azure SDK or serializer failure.
/// Serializable, so that a grain call that fails in storage reports this error to its caller, not a missing codec.
/// </summary>
[GenerateSerializer]
public class AzureTableGrainStorageException : Exception
{
    public AzureTableGrainStorageException(string message)
        : base(message)
    {
    }

    public AzureTableGrainStorageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
