namespace HomeCareNational.GraphQL.Types;

/// <summary>How complete a prefecture's submission for a fiscal year is.</summary>
public sealed class SubmissionStatusType : ObjectGraphType<SubmissionStatus>
{
    public SubmissionStatusType()
    {
        Name = "SubmissionStatus";
        Description = "How complete the prefecture's submission for the fiscal year is: the parts still missing, and warnings about data that is valid but probably incomplete.";
        Field<NonNullGraphType<BooleanGraphType>>("isComplete").Description("Whether no part is missing; warnings do not count.").Resolve(c => c.Source.IsComplete);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MissingPartEnum>>>>("missing")
            .Description("The parts not yet submitted; empty when complete.")
            .Resolve(c => c.Source.Missing);
        Field("hubsWithoutReport", s => s.HubsWithoutReport).Description("Hubs with no activity report for the fiscal year.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SubmissionWarningType>>>>("warnings")
            .Description("Valid but probably incomplete data: designations first, then hubs, then areas, each in register order.")
            .Resolve(c => c.Source.Warnings);
    }
}
