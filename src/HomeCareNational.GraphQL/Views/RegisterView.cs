namespace HomeCareNational.GraphQL.Views;

/// <summary>A prefecture's register for one fiscal year.</summary>
public sealed record RegisterView(string PrefectureCode, int FiscalYear, PrefectureRegister Register) : IPrefectureScoped
{
    public IEnumerable<InstitutionView> Institutions => Register.Institutions.Select(i => new InstitutionView(PrefectureCode, FiscalYear, i));

    public IEnumerable<HubView> Hubs => Register.Hubs.Select(h => new HubView(PrefectureCode, FiscalYear, h));

    public IEnumerable<AreaView> Areas => Register.Areas.Select(a => new AreaView(PrefectureCode, FiscalYear, a));
}
