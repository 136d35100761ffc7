using HomeCareNational.GraphQL.Connections;

namespace HomeCareNational.GraphQL.Types;

/// <summary>A prefecture's register for one fiscal year.</summary>
public sealed class PrefectureRegisterType : ObjectGraphType<RegisterView>
{
    public PrefectureRegisterType()
    {
        Name = "PrefectureRegister";
        Description = "Everything a prefecture submitted for one fiscal year: areas, hubs and designated institutions, each a paged list with filters and sorting, and how complete the submission is.";
        Field<RegisterChangeType>("lastChange")
            .Description("The latest accepted change: when, by whom, which mutation. The revisions list them all.")
            .ResolveAsync(async c => await c.RequestServices!.GetRequiredService<IGrainFactory>()
                .GetGrain<IPrefectureGrain>(c.Source.PrefectureCode).GetLastChangeAsync(c.Source.FiscalYear));
        Field<NonNullGraphType<SubmissionStatusType>>("status")
            .Description("How complete the fiscal year's submission is: parts still missing, hubs without an activity report, and warnings.")
            .Resolve(c => c.Source.Status);
        this.AddAreasConnection();
        this.AddHubsConnection();
        this.AddInstitutionsConnection();
    }
}
