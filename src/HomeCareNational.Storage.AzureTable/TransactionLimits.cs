using Azure.Data.Tables;

namespace HomeCareNational.Storage.AzureTable;

/// <summary>
/// Azure's limits on one entity-group transaction, checked before sending: Azurite does not enforce all of them,
/// so a state that passes the tests against Azurite could otherwise fail only in production.
/// </summary>
internal static class TransactionLimits
{
    public const int MaxActions = 100;

    public const int MaxRequestBytes = 4 * 1024 * 1024;

    // Measured against Azurite: 430 to 750 bytes of multipart headers, URL and JSON framing per action.
    private const int FramingBytesPerAction = 1024;

    // A key character costs at most 9 bytes in the URL (three UTF-8 bytes, percent-encoded) and 6 in the JSON body.
    private const int BytesPerKeyCharacter = 15;

    // Property name, its @odata.type annotation and the JSON punctuation around them.
    private const int FramingBytesPerProperty = 96;

    private const int BytesPerScalarValue = 64;

    public static bool Fits(IReadOnlyCollection<TableTransactionAction> actions, out long estimatedRequestBytes)
    {
        estimatedRequestBytes = EstimateRequestBytes(actions);
        return actions.Count <= MaxActions && estimatedRequestBytes <= MaxRequestBytes;
    }

    /// <summary>An upper bound of the request body: binary data travels as base64, 4/3 of its size.</summary>
    private static long EstimateRequestBytes(IEnumerable<TableTransactionAction> actions)
    {
        long total = 0;
        foreach (var action in actions)
        {
            var entity = action.Entity;
            total += FramingBytesPerAction + BytesPerKeyCharacter * (entity.PartitionKey.Length + entity.RowKey.Length);
            if (action.ActionType == TableTransactionActionType.Delete || entity is not TableEntity properties)
            {
                continue;
            }

            foreach (var (name, value) in properties)
            {
                var valueBytes = value is BinaryData data ? Base64Length(data.ToMemory().Length) : BytesPerScalarValue;
                total += FramingBytesPerProperty + name.Length + valueBytes;
            }
        }

        return total;
    }

    private static long Base64Length(long bytes) => (bytes + 2) / 3 * 4;
}
