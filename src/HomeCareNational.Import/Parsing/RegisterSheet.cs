using HomeCareNational.Import.Reading;

namespace HomeCareNational.Import.Parsing;

/// <summary>A file's header layout and its data rows, fully empty rows left out.</summary>
internal sealed record RegisterSheet(HeaderLayout Layout, IReadOnlyList<RawRow> Rows)
{
    /// <summary>
    /// Takes row 1 as the header and collects the data rows up to the row limit, before any cell is interpreted;
    /// throws <see cref="FileRejectedException"/> for a missing or wrong header, too many rows, or data without a header.
    /// </summary>
    public static RegisterSheet Collect(IEnumerable<RawRow> rows, ImportLimits limits)
    {
        using var row = rows.GetEnumerator();
        if (!row.MoveNext() || row.Current.IsBlank)
        {
            throw new FileRejectedException(ImportError.File(ImportMessages.NoHeaderRow));
        }

        var layout = HeaderLayout.Resolve(row.Current);
        var data = new List<RawRow>();
        while (row.MoveNext())
        {
            if (row.Current.IsBlank)
            {
                continue;
            }

            data.Add(row.Current);
            if (data.Count > limits.MaxRows)
            {
                throw new FileRejectedException(ImportError.File(ImportMessages.TooManyRows(limits.MaxRows)));
            }
        }

        layout.EnsureNoDataOutside(data);
        return new RegisterSheet(layout, data);
    }
}
