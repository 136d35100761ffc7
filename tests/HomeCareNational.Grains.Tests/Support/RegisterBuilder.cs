using System.Globalization;

namespace HomeCareNational.Grains.Tests.Support;

/// <summary>
/// Builds a valid register of one prefecture: areas A1, A2, …, hubs H1, H2, … covering A1, and designations
/// numbered in the order they are added, all in area A1 and in force unless said otherwise.
/// </summary>
public sealed class RegisterBuilder(string prefectureCode)
{
    private readonly List<HomeCareArea> areas = [];
    private readonly List<CollaborationHub> hubs = [];
    private readonly List<DesignatedInstitution> institutions = [];

    public RegisterBuilder WithAreas(int count)
    {
        var first = areas.Count + 1;
        areas.AddRange(Enumerable.Range(first, count).Select(n => Area(prefectureCode, n)));
        return this;
    }

    public RegisterBuilder WithHubs(int count)
    {
        var first = hubs.Count + 1;
        hubs.AddRange(Enumerable.Range(first, count).Select(n => Hub(prefectureCode, n)));
        return this;
    }

    public RegisterBuilder WithDesignations(params InstitutionKind[] kinds)
    {
        var first = institutions.Count + 1;
        institutions.AddRange(kinds.Select((kind, i) => Institution(prefectureCode, first + i, kind)));
        return this;
    }

    public RegisterBuilder WithWithdrawnDesignation(InstitutionKind kind)
    {
        institutions.Add(Institution(prefectureCode, institutions.Count + 1, kind) with { Status = DesignationStatus.Withdrawn });
        return this;
    }

    public PrefectureRegister Build() => new([.. areas], [.. hubs], [.. institutions]);

    /// <summary>Area A{n}, spanning the prefecture's municipality {code}{100 + n}.</summary>
    public static HomeCareArea Area(string prefectureCode, int n) =>
        RegisterRecords.Area(Invariant($"A{n}"), Invariant($"（テスト）第{n}圏域"), [Municipality(prefectureCode, n)]);

    /// <summary>Hub H{n}, run by the medical association, covering area A1.</summary>
    public static CollaborationHub Hub(string prefectureCode, int n) =>
        RegisterRecords.Hub(Invariant($"H{n}"), Invariant($"（テスト）在宅医療連携拠点{n}"), Municipality(prefectureCode, 1), [RegisterRecords.FirstArea]);

    /// <summary>Designation number n: 医療機関コード {code}{n:D8}, in area A1, designated on the first day of FY2024.</summary>
    public static DesignatedInstitution Institution(string prefectureCode, int n, InstitutionKind kind) =>
        RegisterRecords.Institution(
            Invariant($"{prefectureCode}{n:D8}"),
            Invariant($"（テスト）{kind.Info().LabelJa}{n}"),
            Municipality(prefectureCode, 1),
            FiscalYear.StartsOn(FiscalYear.First),
            kind,
            functions: HomeCareFunctions.DailyCareSupport | HomeCareFunctions.EndOfLifeCare);

    /// <summary>A JIS X 0402 style code inside the prefecture: its two digits, then 100 + n.</summary>
    public static string Municipality(string prefectureCode, int n) => Invariant($"{prefectureCode}{100 + n:D3}");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
