namespace HomeCareNational.GraphQL.Types;

/// <summary>The count of designations of one kind.</summary>
public sealed class KindCountType : ObjectGraphType<KindCount>
{
    public KindCountType()
    {
        Name = "KindCount";
        Description = "How many designations in force are of one kind.";
        Field<NonNullGraphType<InstitutionKindEnum>>("kind").Description("The kind.").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<StringGraphType>>("labelJa").Description("The kind's Japanese label.").Resolve(c => c.Source.Kind.Info().LabelJa);
        Field<NonNullGraphType<BooleanGraphType>>("clinical").Description("Whether the kind is a hospital or clinic.").Resolve(c => c.Source.Kind.IsClinical());
        Field(k => k.Count).Description("Designations in force of this kind.");
    }
}
