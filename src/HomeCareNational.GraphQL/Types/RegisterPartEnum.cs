namespace HomeCareNational.GraphQL.Types;

/// <summary>Which part of a register a change replaced.</summary>
public sealed class RegisterPartEnum : EnumerationGraphType<RegisterPart>
{
    public RegisterPartEnum()
    {
        Name = "RegisterPart";
        Description = "The part of a prefecture's register a change replaced.";
    }
}
