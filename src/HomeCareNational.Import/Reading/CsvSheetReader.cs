using System.Globalization;
using ClosedXML.Excel;
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

    /// <summary>Excel's longest cell text; a longer CSV field would not survive being opened in Excel.</summary>
    public const int MaxFieldChars = 32_767;

    /// <summary>The records as rows; throws <see cref="FileRejectedException"/> for a record past the row or column limit, or an over-long field, before its cells are taken.</summary>
    public static IEnumerable<RawRow> Read(byte[] content, ImportLimits limits)
    {
        var text = TextEncodingDetector.Decode(content);
        return Rows(text, limits);
    }

    private static IEnumerable<RawRow> Rows(string text, ImportLimits limits)
    {
        using var reader = CsvReader.FromText(text, Options);
        var number = 0;
        while (reader.Read())
        {
            if (++number > limits.MaxSheetRows)
            {
                throw new FileRejectedException(ImportError.File(ImportMessages.RowOutOfRange(number.ToString(CultureInfo.InvariantCulture), limits.MaxSheetRows)));
            }

            if (reader.FieldCount > limits.MaxSheetColumns)
            {
                throw new FileRejectedException(new ImportError(number, null, ImportMessages.TooManyFields(reader.FieldCount, limits.MaxSheetColumns)));
            }

            var cells = new RawCell[reader.FieldCount];
            for (var i = 0; i < cells.Length; i++)
            {
                var field = reader.GetString(i);
                cells[i] = field.Length <= MaxFieldChars
                    ? new RawCell(field)
                    : throw new FileRejectedException(new ImportError(number, null, ImportMessages.CellTooLong(XLHelper.GetColumnLetterFromNumber(i + 1) + number.ToString(CultureInfo.InvariantCulture), MaxFieldChars)));
            }

            yield return new RawRow(number, cells);
        }
    }
}
