namespace HomeCareNational.Application.Reads.Views;

/// <summary>A prefecture's register for one fiscal year.</summary>
/// <remarks>
/// What is derived from the whole register (area coverage, each hub's report, the submission status) is worked out
/// at most once per view, on first use, however many of its items a query lists; a view lives for one request.
/// </remarks>
public sealed record RegisterView(string PrefectureCode, int FiscalYear, PrefectureRegister Register) : IPrefectureScoped
{
    private readonly Lazy<RegisterCoverage> _coverage = new(() => new RegisterCoverage(Register));
    private readonly Lazy<Dictionary<string, HubActivityReport>> _reports =
        new(() => Register.ActivityReports.ToDictionary(r => r.HubId, StringComparer.Ordinal));
    private readonly Lazy<SubmissionStatus> _status = new(() => SubmissionStatus.Of(Register));

    public IEnumerable<InstitutionView> Institutions => Register.Institutions.Select(i => new InstitutionView(PrefectureCode, FiscalYear, i));

    public IEnumerable<HubView> Hubs => Register.Hubs.Select(h => new HubView(PrefectureCode, FiscalYear, h, _reports.Value.GetValueOrDefault(h.HubId)));

    public IEnumerable<AreaView> Areas => Register.Areas.Select(a => new AreaView(PrefectureCode, FiscalYear, a, _coverage.Value.Of(a.AreaId)));

    /// <summary>How complete the fiscal year's submission is.</summary>
    public SubmissionStatus Status => _status.Value;

    /// <summary>Value equality over the prefecture, year and register; what is derived from them follows.</summary>
    public bool Equals(RegisterView? other) =>
        other is not null && PrefectureCode == other.PrefectureCode && FiscalYear == other.FiscalYear && Register.Equals(other.Register);

    public override int GetHashCode() => HashCode.Combine(PrefectureCode, FiscalYear, Register);
}
