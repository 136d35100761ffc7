using HomeCareNational.GraphQL.Connections;

namespace HomeCareNational.GraphQL.Types;

/// <summary>A prefecture's register for one fiscal year.</summary>
public sealed class PrefectureRegisterType : ObjectGraphType<RegisterView>
{
    public PrefectureRegisterType()
    {
        Name = "PrefectureRegister";
        Description = "Everything a prefecture submitted for one fiscal year: areas, hubs and designated institutions, each a paged list with filters and sorting.";
        this.AddAreasConnection();
        this.AddHubsConnection();
        this.AddInstitutionsConnection();
    }
}
