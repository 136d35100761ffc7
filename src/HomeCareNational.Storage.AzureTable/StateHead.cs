using Azure.Data.Tables;

namespace HomeCareNational.Storage.AzureTable;

/// <summary>The metadata on a state's head row (chunk 000).</summary>
internal sealed record StateHead(int ChunkCount, int PayloadLength, int StateLength, Guid WriteId)
{
    /// <summary>Bumped when the row layout changes so that an old build refuses rows it would misread.</summary>
    public const int CurrentFormatVersion = 1;

    /// <summary>A head row without payload marks a state cleared with <c>DeleteStateOnClear = false</c>.</summary>
    public bool IsCleared => PayloadLength == 0;

    public void WriteTo(TableEntity headRow)
    {
        headRow[StateRowProperties.FormatVersion] = CurrentFormatVersion;
        headRow[StateRowProperties.Compression] = StateCompression.Name;
        headRow[StateRowProperties.ChunkCount] = ChunkCount;
        headRow[StateRowProperties.PayloadLength] = PayloadLength;
        headRow[StateRowProperties.StateLength] = StateLength;
        headRow[StateRowProperties.WriteId] = WriteId;
    }

    /// <exception cref="InvalidDataException">The row lacks metadata or uses a format this build cannot read.</exception>
    public static StateHead ReadFrom(TableEntity headRow)
    {
        var formatVersion = headRow.GetInt32(StateRowProperties.FormatVersion);
        if (formatVersion != CurrentFormatVersion)
        {
            throw new InvalidDataException(
                $"the head row has format version {formatVersion?.ToString() ?? "(none)"}, this build reads {CurrentFormatVersion}");
        }

        var compression = headRow.GetString(StateRowProperties.Compression);
        if (compression != StateCompression.Name)
        {
            throw new InvalidDataException($"the head row names compression '{compression}', this build reads '{StateCompression.Name}'");
        }

        var head = new StateHead(
            headRow.GetInt32(StateRowProperties.ChunkCount) ?? 0,
            headRow.GetInt32(StateRowProperties.PayloadLength) ?? -1,
            headRow.GetInt32(StateRowProperties.StateLength) ?? -1,
            headRow.GetGuid(StateRowProperties.WriteId) ?? Guid.Empty);
        if (head.ChunkCount is < 1 or > StateKeys.MaxChunkIndex + 1
            || head.PayloadLength < 0
            || head.StateLength < 0
            || head.WriteId == Guid.Empty)
        {
            throw new InvalidDataException($"the head row's metadata is incomplete or out of range ({head})");
        }

        return head;
    }
}
