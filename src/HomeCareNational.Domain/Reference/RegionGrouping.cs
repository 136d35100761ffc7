using System.Collections.Immutable;
using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace HomeCareNational.Domain.Reference;

/// <summary>
/// A division of the 47 prefectures into regions. Kept as data so that a grouping other than the
/// default eight regions (for example the Regional Bureaus of Health and Welfare) can be configured.
/// </summary>
public sealed partial class RegionGrouping
{
    private readonly FrozenDictionary<string, Region> _byCode;
    private readonly FrozenDictionary<string, Region> _byPrefecture;

    /// <summary>Builds a grouping; throws <see cref="ArgumentException"/> naming the problem if it is not a partition of the 47 prefectures.</summary>
    public RegionGrouping(string name, IReadOnlyList<Region> regions)
    {
        var problems = Validate(regions);
        if (problems.Count > 0)
        {
            throw new ArgumentException($"Region grouping '{name}' is invalid: {string.Join("; ", problems)}", nameof(regions));
        }

        Name = name;
        Regions = regions;
        _byCode = regions.ToFrozenDictionary(r => r.Code);
        _byPrefecture = regions.SelectMany(r => r.PrefectureCodes.Select(p => (p, r))).ToFrozenDictionary(x => x.p, x => x.r);
    }

    /// <summary>The grouping's name, e.g. "eight-regions".</summary>
    public string Name { get; }

    /// <summary>The regions in display order.</summary>
    public IReadOnlyList<Region> Regions { get; }

    /// <summary>The default grouping: the common eight-region division.</summary>
    public static RegionGrouping EightRegions { get; } = new("eight-regions",
    [
        new("hokkaido", "北海道", "Hokkaido", Range(1, 1)),
        new("tohoku", "東北", "Tohoku", Range(2, 7)),
        new("kanto", "関東", "Kanto", Range(8, 14)),
        new("chubu", "中部", "Chubu", Range(15, 23)),
        new("kinki", "近畿", "Kinki", Range(24, 30)),
        new("chugoku", "中国", "Chugoku", Range(31, 35)),
        new("shikoku", "四国", "Shikoku", Range(36, 39)),
        new("kyushu-okinawa", "九州・沖縄", "Kyushu-Okinawa", Range(40, 47)),
    ]);

    /// <summary>Finds a region by its code.</summary>
    public bool TryGetRegion(string? code, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Region? region)
    {
        region = null;
        return code is not null && _byCode.TryGetValue(code, out region);
    }

    /// <summary>The region a prefecture belongs to.</summary>
    public Region RegionOf(string prefectureCode) =>
        _byPrefecture.TryGetValue(prefectureCode, out var region)
            ? region
            : throw new ArgumentOutOfRangeException(nameof(prefectureCode), prefectureCode, "Not a JIS X 0401 prefecture code.");

    private static List<string> Validate(IReadOnlyList<Region> regions)
    {
        var problems = new List<string>();
        if (regions.Count == 0)
        {
            problems.Add("it has no regions");
        }

        foreach (var duplicate in regions.GroupBy(r => r.Code).Where(g => g.Count() > 1))
        {
            problems.Add($"region code '{duplicate.Key}' appears more than once");
        }

        foreach (var region in regions.Where(r => !RegionCodePattern().IsMatch(r.Code)))
        {
            problems.Add($"region code '{region.Code}' must be lower-case letters, digits and '-'");
        }

        var assigned = regions.SelectMany(r => r.PrefectureCodes.Select(p => (Prefecture: p, Region: r.Code))).ToList();
        foreach (var unknown in assigned.Where(a => !Prefectures.TryGet(a.Prefecture, out _)))
        {
            problems.Add($"region '{unknown.Region}' lists unknown prefecture code '{unknown.Prefecture}'");
        }

        foreach (var twice in assigned.GroupBy(a => a.Prefecture).Where(g => g.Count() > 1))
        {
            problems.Add($"prefecture '{twice.Key}' is in more than one region ({string.Join(", ", twice.Select(a => a.Region))})");
        }

        foreach (var missing in Prefectures.All.Where(p => assigned.All(a => a.Prefecture != p.Code)))
        {
            problems.Add($"prefecture '{missing.Code}' ({missing.NameJa}) is in no region");
        }

        return problems;
    }

    private static ImmutableArray<string> Range(int first, int last) =>
        [.. Enumerable.Range(first, last - first + 1).Select(n => n.ToString("D2", System.Globalization.CultureInfo.InvariantCulture))];

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,39}$")]
    private static partial Regex RegionCodePattern();
}
