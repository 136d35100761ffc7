namespace HomeCareNational.GraphQL.Types;

/// <summary>How many prefectures of a round are in one state.</summary>
public sealed class SubmissionStateCountType : ObjectGraphType<StateCount>
{
    public SubmissionStateCountType()
    {
        Name = "SubmissionStateCount";
        Description = "How many prefectures of the round are in one state (状態別の都道府県数).";
        Field<NonNullGraphType<SubmissionStateEnum>>("state").Description("The state.").Resolve(c => c.Source.State);
        Field<NonNullGraphType<StringGraphType>>("labelJa").Description("The state's Japanese label, e.g. 受理.").Resolve(c => Abstractions.Rounds.SubmissionStateLabels.LabelJa(c.Source.State));
        Field(k => k.Count).Description("Prefectures in this state.");
    }
}
