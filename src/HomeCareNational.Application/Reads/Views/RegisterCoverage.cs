namespace HomeCareNational.Application.Reads.Views;

/// <summary>The areas of a register that hubs, active hubs and designations in force cover, worked out once per register.</summary>
internal sealed class RegisterCoverage
{
    private readonly IReadOnlySet<string> _withHub;
    private readonly IReadOnlySet<string> _withActiveHub;
    private readonly IReadOnlySet<string> _withDesignation;

    public RegisterCoverage(PrefectureRegister register)
    {
        _withHub = AreaCoverage.AreasWithHub(register);
        _withActiveHub = AreaCoverage.AreasWithActiveHub(register);
        _withDesignation = AreaCoverage.AreasWithDesignation(register);
    }

    public AreaCoverageView Of(string areaId) =>
        new(_withHub.Contains(areaId), _withActiveHub.Contains(areaId), _withDesignation.Contains(areaId));
}
