namespace HomeCareNational.GraphQL.Types;

/// <summary>The latest accepted change of a prefecture's register.</summary>
public sealed class RegisterChangeType : ObjectGraphType<RegisterChange>
{
    public RegisterChangeType()
    {
        Name = "RegisterChange";
        Description = "The latest accepted change of a prefecture's register for a fiscal year.";
        Field(c => c.Version).Description("The register's version after the change.");
        Field(c => c.At).Description("When it was accepted.");
        Field(c => c.Operation).Description("The mutation that made it, e.g. addDesignation.");
        Field<NonNullGraphType<ChangeAttributionType>>("by").Description("Who made it.").Resolve(c => c.Source.By);
    }
}
