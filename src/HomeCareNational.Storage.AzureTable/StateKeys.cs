using System.Globalization;

namespace HomeCareNational.Storage.AzureTable;

/// <summary>Where the rows of one grain state live: its partition and the row keys of its chunks.</summary>
internal sealed class StateKeys
{
    /// <summary>Azure allows 1 KiB per key (512 UTF-16 characters); Azurite enforces the same 512.</summary>
    public const int MaxKeyLength = 512;

    /// <summary>Three digits in the row key; far more rows than one transaction can carry.</summary>
    public const int MaxChunkIndex = 999;

    private readonly string rowKeyPrefix;

    private StateKeys(string partitionKey, string rowKeyPrefix)
    {
        PartitionKey = partitionKey;
        this.rowKeyPrefix = rowKeyPrefix;
    }

    public string PartitionKey { get; }

    public string HeadRowKey => RowKey(0);

    /// <summary>The first row key after the head, for the range query over the other chunks.</summary>
    public string FirstChunkRowKey => RowKey(1);

    public string LastPossibleRowKey => RowKey(MaxChunkIndex);

    public static StateKeys For(GrainId grainId, string stateName)
    {
        var partitionKey = TableKeyEscaping.Escape(grainId.Key.ToString());
        var rowKeyPrefix = string.Concat(
            TableKeyEscaping.Escape(grainId.Type.ToString()),
            TableKeyEscaping.Separator.ToString(),
            TableKeyEscaping.Escape(stateName),
            TableKeyEscaping.Separator.ToString());

        var keys = new StateKeys(partitionKey, rowKeyPrefix);
        if (partitionKey.Length > MaxKeyLength || keys.HeadRowKey.Length > MaxKeyLength)
        {
            throw new AzureTableGrainStorageException(
                $"State '{stateName}' of grain {grainId} cannot be stored: its escaped PartitionKey ({partitionKey.Length} "
                + $"characters) or RowKey ({keys.HeadRowKey.Length} characters) is longer than Azure's {MaxKeyLength}.");
        }

        return keys;
    }

    public string RowKey(int chunkIndex) =>
        rowKeyPrefix + chunkIndex.ToString("D3", CultureInfo.InvariantCulture);
}
