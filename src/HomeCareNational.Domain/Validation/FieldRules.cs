using System.Globalization;
using System.Text.RegularExpressions;
using HomeCareNational.Domain.Register;

namespace HomeCareNational.Domain.Validation;

/// <summary>The format rules shared by every part of a register, each returning the message for a bad value or null.</summary>
/// <remarks>Each rule takes the field it checks, so that its message names the field as the error path does.</remarks>
internal static partial class FieldRules
{
    public const int MaxNameLength = 200;

    public static string? RequiredName(RecordField field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return $"{field.Name} is required and must not be blank.";
        }

        if (value.Length > MaxNameLength)
        {
            return $"{field.Name} is {value.Length} characters long; the most allowed is {MaxNameLength}.";
        }

        if (value.Any(char.IsControl))
        {
            return $"{field.Name} \"{Quote(value)}\" contains a control character.";
        }

        return value != value.Trim() ? $"{field.Name} \"{value}\" has leading or trailing white space." : null;
    }

    public static string? MunicipalityCode(RecordField field, string? value, string prefectureCode)
    {
        if (value is null || !MunicipalityCodePattern().IsMatch(value))
        {
            return $"{field.Name} \"{Quote(value)}\" is not a 5-digit JIS X 0402 municipality code (e.g. 33100).";
        }

        return value.StartsWith(prefectureCode, StringComparison.Ordinal)
            ? null
            : $"{field.Name} \"{value}\" is not in prefecture {prefectureCode}: a municipality code starts with its prefecture's code.";
    }

    public static string? LocalId(RecordField field, string? value) =>
        value is not null && LocalIdPattern().IsMatch(value)
            ? null
            : $"{field.Name} \"{Quote(value)}\" must be 1 to 32 letters, digits, '-' or '_', starting with a letter or digit.";

    public static string? InstitutionCode(RecordField field, string? value) =>
        value is not null && (MedicalInstitutionCodePattern().IsMatch(value) || IssuedIdPattern().IsMatch(value))
            ? null
            : $"{field.Name} \"{Quote(value)}\" must be a 10-digit 医療機関コード or a prefecture-issued id (a letter, then 1 to 31 letters, digits or '-').";

    public static string? Defined<TEnum>(RecordField field, TEnum value)
        where TEnum : struct, Enum =>
        Enum.IsDefined(value) ? null : $"{field.Name} \"{value}\" is not a known {typeof(TEnum).Name}.";

    /// <summary>Shortens and escapes a value so that an error message quoting it stays readable.</summary>
    public static string Quote(string? value)
    {
        if (value is null)
        {
            return "(null)";
        }

        var shown = value.Length > 40 ? value[..40] + "…" : value;
        return string.Concat(shown.Select(c => char.IsControl(c) ? string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}") : c.ToString()));
    }

    [GeneratedRegex("^[0-9]{5}$")]
    private static partial Regex MunicipalityCodePattern();

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_-]{0,31}$")]
    private static partial Regex LocalIdPattern();

    [GeneratedRegex("^[0-9]{10}$")]
    private static partial Regex MedicalInstitutionCodePattern();

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9-]{1,31}$")]
    private static partial Regex IssuedIdPattern();
}
