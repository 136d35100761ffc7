
namespace HomeCareNational.GraphQL.Types;

/// <summary>A count of institutions and their codes.</summary>
public sealed class ChangedInstitutionsType : ObjectGraphType<ChangedInstitutions>
{
    public ChangedInstitutionsType()
    {
        Name = "ChangedInstitutions";
        Description = "How many institutions, and their institution codes in code order.";
        Field(x => x.Count).Description("How many.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("institutionCodes").Description("Their institution codes.").Resolve(c => c.Source.InstitutionCodes);
    }
}
