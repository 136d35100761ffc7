using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace HomeCareNational.Import.Parsing;

/// <summary>
/// The words a cell may hold for kinds, yes/no and status. Matching is after NFKC normalisation (full-width
/// letters and digits typed in Japanese input mode match their ASCII forms) and ignores the case of ASCII letters.
/// </summary>
internal static class CellValues
{
    private static readonly FrozenDictionary<string, InstitutionKind> Kinds = InstitutionKinds.All
        .SelectMany(k => new[] { (Normalized(k.LabelJa), k.Kind), (k.Kind.ToString(), k.Kind) })
        .ToFrozenDictionary(x => x.Item1, x => x.Kind, StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, DesignationStatus> Statuses = Enum.GetValues<DesignationStatus>()
        .SelectMany(s => new[] { (s.LabelJa(), s), (s.ToString(), s) })
        .ToFrozenDictionary(x => x.Item1, x => x.s, StringComparer.OrdinalIgnoreCase);

    // 〇 (ideographic zero) and ◯ (large circle) are what many Japanese input methods offer for ○.
    private static readonly FrozenDictionary<string, bool> Flags = new Dictionary<string, bool>
    {
        ["○"] = true, ["〇"] = true, ["◯"] = true, ["有"] = true, ["はい"] = true, ["TRUE"] = true, ["1"] = true,
        ["×"] = false, ["✕"] = false, ["無"] = false, ["いいえ"] = false, ["FALSE"] = false, ["0"] = false,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy/M/d"];

    /// <summary>The Japanese label of the glossary, or the English identifier.</summary>
    public static bool TryKind(string text, out InstitutionKind kind) => Kinds.TryGetValue(Normalized(text), out kind);

    /// <summary>指定中 or 指定取消, or the English identifier.</summary>
    public static bool TryStatus(string text, out DesignationStatus status) => Statuses.TryGetValue(Normalized(text), out status);

    /// <summary>○/×, 有/無, はい/いいえ, TRUE/FALSE or 1/0.</summary>
    public static bool TryFlag(string text, out bool flag) => Flags.TryGetValue(Normalized(text), out flag);

    /// <summary>yyyy-MM-dd or yyyy/M/d, in the Gregorian calendar whatever the server's culture.</summary>
    public static bool TryDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(Normalized(text), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>Codes are ASCII by definition; full-width digits typed in Japanese input mode name the same code.</summary>
    public static string Normalized(string text) => text.Normalize(NormalizationForm.FormKC);
}
