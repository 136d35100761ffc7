namespace HomeCareNational.Domain.Reference;

/// <summary>What a prefecture decided when it reviewed a non-clinical designation (非医療機関の指定の見直し).</summary>
public enum ReviewOutcome
{
    /// <summary>The designation was withdrawn.</summary>
    Withdrawn,

    /// <summary>The designation was withdrawn and a hospital or clinic designated in its place.</summary>
    ReplacedByClinical,

    /// <summary>The designation stays, for the reason given.</summary>
    Kept,
}
