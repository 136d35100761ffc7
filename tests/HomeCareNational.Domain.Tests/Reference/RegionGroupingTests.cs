namespace HomeCareNational.Domain.Tests.Reference;

public sealed class RegionGroupingTests
{
    private static readonly RegionGrouping Eight = RegionGrouping.EightRegions;

    [Fact]
    public void Eight_regions_are_the_common_division_of_domain_md()
    {
        var expected = new (string Code, string NameJa, int First, int Last)[]
        {
            ("hokkaido", "北海道", 1, 1),
            ("tohoku", "東北", 2, 7),
            ("kanto", "関東", 8, 14),
            ("chubu", "中部", 15, 23),
            ("kinki", "近畿", 24, 30),
            ("chugoku", "中国", 31, 35),
            ("shikoku", "四国", 36, 39),
            ("kyushu-okinawa", "九州・沖縄", 40, 47),
        };

        Assert.Equal("eight-regions", Eight.Name);
        Assert.Equal(
            expected.Select(r => (r.Code, r.NameJa, Codes(r.First, r.Last))),
            Eight.Regions.Select(r => (r.Code, r.NameJa, string.Join(",", r.PrefectureCodes))));
    }

    [Theory]
    [InlineData("01", "hokkaido")]
    [InlineData("07", "tohoku")]
    [InlineData("13", "kanto")]
    [InlineData("23", "chubu")]
    [InlineData("24", "kinki")]
    [InlineData("33", "chugoku")]
    [InlineData("39", "shikoku")]
    [InlineData("47", "kyushu-okinawa")]
    public void Prefecture_belongs_to_its_region(string prefectureCode, string regionCode)
    {
        Assert.Equal(regionCode, Eight.RegionOf(prefectureCode).Code);
    }

    [Fact]
    public void Region_of_an_unknown_prefecture_throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Eight.RegionOf("48"));
    }

    [Fact]
    public void Region_is_found_by_its_code()
    {
        Assert.True(Eight.TryGetRegion("chugoku", out var region));
        Assert.Equal("中国", region.NameJa);
        Assert.False(Eight.TryGetRegion("Chugoku", out _));
        Assert.False(Eight.TryGetRegion(null, out _));
    }

    [Fact]
    public void Another_partition_can_be_configured()
    {
        var eastWest = new RegionGrouping("east-west",
        [
            new("east", "東日本", "East", [.. Codes(1, 23).Split(',')]),
            new("west", "西日本", "West", [.. Codes(24, 47).Split(',')]),
        ]);

        Assert.Equal("east", eastWest.RegionOf("13").Code);
        Assert.Equal("west", eastWest.RegionOf("33").Code);
    }

    [Theory]
    [InlineData("prefecture missing", "prefecture '47' (沖縄県) is in no region")]
    [InlineData("prefecture in two regions", "prefecture '33' is in more than one region (chugoku, shikoku)")]
    [InlineData("unknown prefecture", "region 'kyushu-okinawa' lists unknown prefecture code '48'")]
    [InlineData("duplicate region code", "region code 'chugoku' appears more than once")]
    [InlineData("malformed region code", "region code 'Chugoku' must be lower-case letters, digits and '-'")]
    [InlineData("no regions", "it has no regions")]
    public void Invalid_grouping_is_refused_naming_the_problem(string problem, string expectedMessage)
    {
        var error = Assert.Throws<ArgumentException>(() => new RegionGrouping("broken", Break(problem)));

        Assert.Equal("regions", error.ParamName);
        Assert.Contains("Region grouping 'broken' is invalid", error.Message);
        Assert.Contains(expectedMessage, error.Message);
    }

    /// <summary>The eight regions with one thing wrong.</summary>
    private static List<Region> Break(string problem)
    {
        var regions = Eight.Regions.ToList();
        var chugoku = regions.FindIndex(r => r.Code == "chugoku");
        var shikoku = regions.FindIndex(r => r.Code == "shikoku");
        var last = regions.Count - 1;
        switch (problem)
        {
            case "prefecture missing":
                regions[last] = regions[last] with { PrefectureCodes = [.. regions[last].PrefectureCodes.Where(c => c != "47")] };
                break;
            case "prefecture in two regions":
                regions[shikoku] = regions[shikoku] with { PrefectureCodes = [.. regions[shikoku].PrefectureCodes, "33"] };
                break;
            case "unknown prefecture":
                regions[last] = regions[last] with { PrefectureCodes = [.. regions[last].PrefectureCodes, "48"] };
                break;
            case "duplicate region code":
                regions[shikoku] = regions[shikoku] with { Code = "chugoku" };
                break;
            case "malformed region code":
                regions[chugoku] = regions[chugoku] with { Code = "Chugoku" };
                break;
            case "no regions":
                regions.Clear();
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(problem), problem, null);
        }

        return regions;
    }

    private static string Codes(int first, int last) =>
        string.Join(",", Enumerable.Range(first, last - first + 1).Select(n => n.ToString("D2", System.Globalization.CultureInfo.InvariantCulture)));
}
