using Orleans;

namespace HomeCareNational.Storage.AzureTable.History;

/// <summary>
/// A register event does not fit into one Azure Table entity-group transaction (100 rows, 4 MiB), even compressed.
/// Nothing was written.
/// </summary>
[GenerateSerializer]
public sealed class RegisterEventTooLargeException : Exception
{
    public RegisterEventTooLargeException(string message)
        : base(message)
    {
    }
}
