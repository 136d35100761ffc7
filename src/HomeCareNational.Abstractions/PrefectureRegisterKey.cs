using System.Globalization;

namespace HomeCareNational.Abstractions;

/// <summary>The key of an <see cref="IPrefectureRegisterGrain"/>: <c>{prefecture}-{fiscalYear}</c>, e.g. <c>33-2024</c>.</summary>
public static class PrefectureRegisterKey
{
    public static string Of(string prefectureCode, int fiscalYear) =>
        string.Create(CultureInfo.InvariantCulture, $"{prefectureCode}-{fiscalYear}");

    /// <summary>The prefecture code and fiscal year of a key; a key not of that form gives year 0, which no register accepts.</summary>
    public static (string PrefectureCode, int FiscalYear) Parse(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var dash = key.LastIndexOf('-');
        return dash > 0 && int.TryParse(key.AsSpan(dash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            ? (key[..dash], year)
            : (key, 0);
    }
}
