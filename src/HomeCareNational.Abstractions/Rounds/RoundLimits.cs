namespace HomeCareNational.Abstractions.Rounds;

/// <summary>What a round step may carry.</summary>
public static class RoundLimits
{
    /// <summary>A return's comment is a note to the prefecture, not a document.</summary>
    public const int MaxCommentLength = 2000;
}
