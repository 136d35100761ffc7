using System.Globalization;
using System.Text;

namespace HomeCareNational.Storage.AzureTable;

/// <summary>
/// Percent-style escaping that makes any text a legal, unambiguous Azure Table key part.
/// </summary>
/// <remarks>
/// Azure rejects <c>/ \ # ?</c> and control characters in PartitionKey and RowKey. Those, the escape character
/// <c>%</c> and the RowKey separator <c>|</c> become <c>%XX</c> (the character code in hex), so distinct inputs
/// always give distinct keys and the original text can be recovered. Everything else passes through unchanged,
/// which keeps keys readable in Storage Explorer.
/// </remarks>
internal static class TableKeyEscaping
{
    public const char Separator = '|';

    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var character in text)
        {
            if (MustEscape(character))
            {
                escaped.Append('%').Append(((int)character).ToString("X2", CultureInfo.InvariantCulture));
            }
            else
            {
                escaped.Append(character);
            }
        }

        return escaped.ToString();
    }

    /// <summary>Whether <paramref name="text"/> is a key part as it stands: <see cref="Escape"/> would not change it.</summary>
    public static bool NeedsNoEscaping(string text) => !text.Any(MustEscape);

    // char.IsControl covers exactly Azure's forbidden U+0000-U+001F and U+007F-U+009F, so two hex digits suffice.
    private static bool MustEscape(char character) =>
        character is '/' or '\\' or '#' or '?' or '%' or Separator || char.IsControl(character);
}
