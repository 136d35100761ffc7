using CsvHelper;

namespace HomeCareNational.Import.Reading;

/// <summary>Reads the records of a CSV file as rows numbered the way Excel shows them (a quoted line break stays in its row).</summary>
internal static class CsvSheetReader
{
    private static readonly CsvReaderOptions Options = new()
    {
        // Japanese Excel writes commas; guessing another separator from the data would misread a one-column file.
        Separator = ',',
        HasHeader = false,

        // Blank lines are rows in Excel; keeping them keeps the row numbers the user sees. The importer skips them.
        SkipEmptyLines = false,
    };

    public static IEnumerable<RawRow> Read(byte[] content)
    {
        var text = TextEncodingDetector.Decode(content);
        return Rows(text);
    }

    private static IEnumerable<RawRow> Rows(string text)
    {
        using var reader = CsvReader.FromText(text, Options);
        var number = 0;
        while (reader.Read())
        {
            number++;
            yield return new RawRow(number, [.. Enumerable.Range(0, reader.FieldCount).Select(i => new RawCell(reader.GetString(i)))]);
        }
    }
}
