namespace HomeCareNational.GraphQL.Types;

/// <summary>Something valid but probably incomplete in a register.</summary>
public sealed class SubmissionWarningType : ObjectGraphType<SubmissionWarning>
{
    public SubmissionWarningType()
    {
        Name = "SubmissionWarning";
        Description = "Something in the register that is valid but probably incomplete.";
        Field<NonNullGraphType<SubmissionWarningKindEnum>>("kind").Description("What kind of gap.").Resolve(c => c.Source.Kind);
        Field("subject", w => w.Subject).Description("The institution code, hub id or area id concerned, as the kind says.");
        Field("message", w => w.Message).Description("The gap in words.");
    }
}
