using HomeCareNational.Domain.Reference;
using Microsoft.Extensions.Options;

namespace HomeCareNational.Host.Hosting;

/// <summary>
/// Reads the region grouping from configuration section <see cref="Section"/>; without one, the default
/// eight regions. A grouping that is not a partition of the 47 prefectures stops the service at start.
/// </summary>
public static class RegionGroupingConfiguration
{
    public const string Section = "HomeCare:RegionGrouping";

    public static RegionGrouping Load(IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        if (!section.Exists())
        {
            return RegionGrouping.EightRegions;
        }

        var settings = section.Get<GroupingSettings>() ?? new GroupingSettings();
        try
        {
            return new RegionGrouping(
                settings.Name,
                [.. settings.Regions.Select(r => new Region(r.Code, r.NameJa, r.NameEn, [.. r.PrefectureCodes]))]);
        }
        catch (ArgumentException exception)
        {
            throw new OptionsValidationException(Section, typeof(RegionGrouping), [$"Configuration section '{Section}': {exception.Message}"]);
        }
    }

    private sealed class GroupingSettings
    {
        public string Name { get; set; } = "configured";

        public List<RegionSettings> Regions { get; set; } = [];
    }

    private sealed class RegionSettings
    {
        public string Code { get; set; } = "";

        public string NameJa { get; set; } = "";

        public string NameEn { get; set; } = "";

        public List<string> PrefectureCodes { get; set; } = [];
    }
}
