using HomeCareNational.DemoData.Generation;

namespace HomeCareNational.DemoData;

/// <summary>
/// A synthetic register of all 47 prefectures for fiscal year 2024 (令和6年度). Its national totals reproduce
/// the published figures exactly (11,309 designations, 8,350 clinical and 2,959 non-clinical; 1,970 hubs), but
/// no per-prefecture breakdown is published, so every prefecture's content is invented. Always show
/// <see cref="Label"/> with it.
/// </summary>
public static class DemoRegister
{
    public const int FiscalYear = 2024;

    /// <summary>The reference date (基準日) of the demo's FY2024 reporting round; invented, like the register.</summary>
    public static readonly DateOnly RoundReferenceDate = new(2024, 10, 1);

    /// <summary>The deadline of the demo's FY2024 reporting round; invented, and long past, as the round is closed.</summary>
    public static readonly DateOnly RoundDeadline = new(2024, 12, 27);

    public const string Label = "SYNTHETIC DEMO DATA — not real prefecture data (合成デモデータ：実在の都道府県データではありません)";

    // Generation is deterministic, so one result can serve every caller.
    private static readonly Lazy<IReadOnlyDictionary<string, PrefectureRegister>> Cached = new(NationalRegisterBuilder.Build);

    /// <summary>The 47 prefectures' registers keyed by JIS code "01".."47"; the same content on every call and every run.</summary>
    public static IReadOnlyDictionary<string, PrefectureRegister> Generate() => Cached.Value;
}
