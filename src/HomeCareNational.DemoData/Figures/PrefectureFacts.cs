namespace HomeCareNational.DemoData.Figures;

/// <summary>What the demo generator assumes about one prefecture.</summary>
/// <param name="Code">JIS X 0401 code.</param>
/// <param name="PopulationThousands">Population in thousands; the weight designations and hubs are shared out by.</param>
/// <param name="AreaCount">How many home-care areas the demo gives it.</param>
internal sealed record PrefectureFacts(string Code, int PopulationThousands, int AreaCount)
{
    /// <summary>
    /// Populations are the 2020 census rounded to thousands, approximate on purpose: they only make the
    /// invented breakdown proportionate. Area counts approximate each prefecture's secondary medical areas
    /// (二次医療圏), kept within 3 to 13 so that Hokkaido (21 in reality) stays readable in a demo.
    /// </summary>
    public static IReadOnlyList<PrefectureFacts> All { get; } =
    [
        new("01", 5_225, 13),
        new("02", 1_238, 6),
        new("03", 1_211, 9),
        new("04", 2_302, 4),
        new("05", 960, 3),
        new("06", 1_068, 4),
        new("07", 1_833, 6),
        new("08", 2_867, 9),
        new("09", 1_933, 6),
        new("10", 1_939, 10),
        new("11", 7_345, 10),
        new("12", 6_284, 9),
        new("13", 14_048, 13),
        new("14", 9_237, 9),
        new("15", 2_201, 7),
        new("16", 1_035, 4),
        new("17", 1_133, 4),
        new("18", 767, 4),
        new("19", 810, 4),
        new("20", 2_048, 10),
        new("21", 1_979, 5),
        new("22", 3_633, 8),
        new("23", 7_542, 11),
        new("24", 1_770, 4),
        new("25", 1_414, 7),
        new("26", 2_578, 6),
        new("27", 8_838, 8),
        new("28", 5_465, 8),
        new("29", 1_324, 5),
        new("30", 923, 7),
        new("31", 553, 3),
        new("32", 671, 7),
        new("33", 1_888, 5),
        new("34", 2_800, 7),
        new("35", 1_342, 8),
        new("36", 720, 3),
        new("37", 950, 3),
        new("38", 1_335, 6),
        new("39", 692, 4),
        new("40", 5_135, 13),
        new("41", 811, 5),
        new("42", 1_312, 8),
        new("43", 1_738, 10),
        new("44", 1_124, 6),
        new("45", 1_070, 7),
        new("46", 1_588, 9),
        new("47", 1_467, 5),
    ];
}
