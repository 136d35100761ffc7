namespace HomeCareNational.GraphQL.Types;

/// <summary>One accepted change of a prefecture's register.</summary>
public sealed class RegisterChangeType : ObjectGraphType<RegisterChange>
{
    public RegisterChangeType()
    {
        Name = "RegisterChange";
        Description = "One accepted change of a prefecture's register for a fiscal year.";
        Field(c => c.Version).Description("The prefecture's version after the change.");
        Field(c => c.At).Description("When it was accepted.");
        Field<NonNullGraphType<RegisterPartEnum>>("part").Description("What it replaced.").Resolve(c => c.Source.Part);
        Field<NonNullGraphType<ChangeAttributionType>>("by").Description("Who made it.").Resolve(c => c.Source.By);
    }
}
