namespace HomeCareNational.Host.OpenData;

/// <summary>One column of an open-data file: its Japanese header and how a row's value is written.</summary>
internal sealed record OpenDataColumn<TRow>(string Header, Func<TRow, string> Value);

/// <summary>An open-data file's columns, in order, and its rows, produced one prefecture at a time.</summary>
internal sealed record OpenDataTable(IReadOnlyList<string> Headers, IAsyncEnumerable<IReadOnlyList<IReadOnlyList<string>>> Batches);
