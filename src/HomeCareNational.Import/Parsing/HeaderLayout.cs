using System.Collections.Frozen;
using ClosedXML.Excel;
using HomeCareNational.Import.Columns;
using HomeCareNational.Import.Reading;

namespace HomeCareNational.Import.Parsing;

/// <summary>
/// Where each register column is in a file, from its header row. Every column must be present exactly once and
/// every header must be one of <see cref="RegisterColumns"/>: an unknown column is refused rather than dropped, so
/// no data the user typed is silently ignored.
/// </summary>
internal sealed class HeaderLayout
{
    private const int HeaderRow = 1;

    private static readonly FrozenDictionary<string, RegisterColumn> ByHeader =
        RegisterColumns.All.ToFrozenDictionary(c => Key(c.Header), StringComparer.Ordinal);

    private readonly FrozenDictionary<RegisterColumn, int> _positions;

    private HeaderLayout(FrozenDictionary<RegisterColumn, int> positions) => _positions = positions;

    /// <summary>Maps the header row; throws <see cref="FileRejectedException"/> listing every unknown, repeated or missing header.</summary>
    public static HeaderLayout Resolve(RawRow header)
    {
        var errors = new List<ImportError>();
        var found = new Dictionary<RegisterColumn, List<int>>();
        for (var i = 0; i < header.Cells.Count; i++)
        {
            var cell = header.Cells[i];
            if (cell.Formula is not null)
            {
                errors.Add(new(HeaderRow, null, ImportMessages.Formula(cell.Address!, cell.Formula)));
            }
            else if (ByHeader.TryGetValue(Key(cell.Text), out var column))
            {
                found.TryAdd(column, []);
                found[column].Add(i);
            }
            else if (!cell.IsBlank)
            {
                errors.Add(new(HeaderRow, cell.Text.Trim(), ImportMessages.UnknownColumn(Letter(i))));
            }
        }

        foreach (var column in RegisterColumns.All)
        {
            if (!found.TryGetValue(column, out var positions))
            {
                errors.Add(new(HeaderRow, column.Header, ImportMessages.MissingColumn));
            }
            else if (positions.Count > 1)
            {
                errors.Add(new(HeaderRow, column.Header, ImportMessages.DuplicateColumn(positions.Select(Letter))));
            }
        }

        return errors.Count == 0
            ? new HeaderLayout(found.ToFrozenDictionary(x => x.Key, x => x.Value[0]))
            : throw new FileRejectedException(errors);
    }

    public RawCell Cell(RawRow row, RegisterColumn column) => row[_positions[column]];

    /// <summary>Refuses values in columns without a header (a blank header cell, or past the last one), naming the first row of each.</summary>
    public void EnsureNoDataOutside(IEnumerable<RawRow> rows)
    {
        var named = _positions.Values.ToHashSet();
        var firstRowByColumn = new SortedDictionary<int, int>();
        foreach (var row in rows)
        {
            for (var i = 0; i < row.Cells.Count; i++)
            {
                if (!named.Contains(i) && !row.Cells[i].IsBlank)
                {
                    firstRowByColumn.TryAdd(i, row.Number);
                }
            }
        }

        if (firstRowByColumn.Count > 0)
        {
            throw new FileRejectedException(
                [.. firstRowByColumn.Select(x => new ImportError(HeaderRow, null, ImportMessages.UnnamedColumnWithData(Letter(x.Key), x.Value)))]);
        }
    }

    private static string Key(string header) => CellValues.Normalized(header).Trim();

    /// <summary>The column's letter as Excel shows it, also for a CSV file opened in Excel.</summary>
    private static string Letter(int index) => XLHelper.GetColumnLetterFromNumber(index + 1);
}
