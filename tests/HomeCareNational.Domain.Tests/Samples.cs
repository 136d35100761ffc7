using System.Collections.Immutable;
namespace HomeCareNational.Domain.Tests;

/// <summary>A small valid register of Okayama (33) for FY2024, to be broken one value at a time.</summary>
internal static class Samples
{
    public const string Prefecture = "33";

    public const int FiscalYear = 2024;

    /// <summary>Where tests put the item they break, so that paths show a real index.</summary>
    public const int BadIndex = 3;

    public static ImmutableArray<HomeCareArea> Areas => Many(4, Area);

    public static ImmutableArray<CollaborationHub> Hubs => Many(4, Hub);

    public static ImmutableArray<DesignatedInstitution> Institutions => Many(4, n => Institution(n));

    public static PrefectureRegister WithAreas => new(Areas, [], []);

    public static PrefectureRegister WithAreasAndHubs => new(Areas, Hubs, []);

    public static HomeCareArea Area(int n) => RegisterRecords.Area(Invariant($"A{n}"), Invariant($"（テスト）第{n}圏域"), ["33101", "33202"]);

    public static CollaborationHub Hub(int n) => RegisterRecords.Hub(Invariant($"H{n}"), Invariant($"（テスト）在宅医療連携拠点{n}"), "33101", ["A1", "A2"]);

    public static DesignatedInstitution Institution(int n, InstitutionKind kind = InstitutionKind.HomeCareSupportClinic) =>
        RegisterRecords.Institution(Invariant($"33{n:D8}"), Invariant($"（テスト）在宅クリニック{n}"), "33101", new DateOnly(2024, 4, 1), kind);

    public static ImmutableArray<T> Many<T>(int count, Func<int, T> make) => [.. Enumerable.Range(1, count).Select(make)];

    /// <summary>The list with the item at <paramref name="index"/> changed.</summary>
    public static List<T> Changed<T>(IReadOnlyList<T> items, int index, Func<T, T> change) =>
        items.Select((item, i) => i == index ? change(item) : item).ToList();

    public static IReadOnlyList<ValidationError> ValidateAreas(IReadOnlyList<HomeCareArea> areas, PrefectureRegister? current = null) =>
        RegisterValidator.ValidateAreas(Prefecture, areas, current ?? PrefectureRegister.Empty);

    public static IReadOnlyList<ValidationError> ValidateHubs(IReadOnlyList<CollaborationHub> hubs) =>
        RegisterValidator.ValidateHubs(Prefecture, hubs, WithAreas);

    public static IReadOnlyList<ValidationError> ValidateInstitutions(IReadOnlyList<DesignatedInstitution> institutions) =>
        RegisterValidator.ValidateInstitutions(Prefecture, FiscalYear, institutions, WithAreasAndHubs);

    private static string Invariant(FormattableString text) => FormattableString.Invariant(text);
}
