namespace HomeCareNational.GraphQL.Types;

/// <summary>A prefecture's register for one fiscal year.</summary>
public sealed class PrefectureRegisterType : ObjectGraphType<RegisterView>
{
    public PrefectureRegisterType()
    {
        Name = "PrefectureRegister";
        Description = "Everything a prefecture submitted for one fiscal year: areas, hubs and designated institutions.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<HomeCareAreaType>>>>("areas")
            .Description("Home-care areas, in submitted order.")
            .Resolve(c => c.Source.Register.Areas);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CollaborationHubType>>>>("hubs")
            .Description("Collaboration hubs, in submitted order.")
            .Resolve(c => c.Source.Register.Hubs);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DesignatedInstitutionType>>>>("institutions")
            .Description("Designated institutions, withdrawn ones included, in submitted order.")
            .Resolve(c => c.Source.Register.Institutions);
    }
}
