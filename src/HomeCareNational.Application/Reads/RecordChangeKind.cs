namespace HomeCareNational.Application.Reads;

/// <summary>What happened to one record between two versions of a register.</summary>
public enum RecordChangeKind
{
    /// <summary>It was not there before and is after.</summary>
    Added,

    /// <summary>It is there before and after, with other values.</summary>
    Altered,

    /// <summary>It was there before and is not after.</summary>
    Removed,
}
