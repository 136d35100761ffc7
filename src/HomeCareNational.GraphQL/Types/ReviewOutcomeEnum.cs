namespace HomeCareNational.GraphQL.Types;

/// <summary>What a prefecture decided when it reviewed a non-clinical designation.</summary>
public sealed class ReviewOutcomeEnum() : LabelledEnumerationGraphType<ReviewOutcome>(
    "ReviewOutcome",
    "What the prefecture decided when it reviewed a non-clinical designation (非医療機関の指定の見直し).",
    outcome => outcome switch
    {
        ReviewOutcome.Withdrawn => "The designation was withdrawn.",
        ReviewOutcome.ReplacedByClinical => "The designation was withdrawn and a hospital or clinic designated in its place.",
        ReviewOutcome.Kept => "The designation stays, for the reason given.",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, null),
    });
