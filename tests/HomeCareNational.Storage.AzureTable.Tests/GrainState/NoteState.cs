namespace HomeCareNational.Storage.AzureTable.Tests.GrainState;

/// <summary>A small state with Japanese text, as registers have.</summary>
public sealed record NoteState
{
    public string Text { get; init; } = string.Empty;

    public int Revision { get; init; }
}
