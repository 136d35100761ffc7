namespace HomeCareNational.Abstractions.Rounds;

/// <summary>Why a round step was refused, so that the API can tell a bad input from a round that takes no step any more.</summary>
public enum RoundRefusal
{
    /// <summary>An argument breaks a rule: a date, a comment, a prefecture with nothing to submit or accept.</summary>
    InvalidInput,

    /// <summary>The round is closed: its figures are final and it takes no step any more.</summary>
    RoundClosed,
}
