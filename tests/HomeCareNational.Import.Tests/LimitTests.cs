namespace HomeCareNational.Import.Tests;

public sealed class LimitTests
{
    private const string TooLarge = "ファイルサイズが上限の 10,485,760 バイトを超えています";

    [Fact]
    public void A_file_one_byte_over_ten_mebibytes_is_refused()
    {
        var content = new byte[(10 * 1024 * 1024) + 1];

        var result = Samples.Import(content, "register.csv");

        Assert.Equal([TooLarge], result.Messages());
    }

    [Fact]
    public async Task An_oversized_upload_is_refused_without_being_read_to_its_end()
    {
        var upload = new EndlessStream();

        var result = await RegisterImporter.ImportAsync(upload, "register.csv", Samples.Prefecture, Samples.FiscalYear, Samples.Current);

        Assert.Equal([TooLarge], result.Messages());
        Assert.InRange(upload.BytesRead, ImportLimits.DefaultMaxFileBytes, ImportLimits.DefaultMaxFileBytes + (1024 * 1024));
    }

    [Fact]
    public async Task An_upload_within_the_limit_reads_like_a_file_in_memory()
    {
        using var upload = new MemoryStream(CsvFile.Utf8(Samples.Rows(2)));

        var result = await RegisterImporter.ImportAsync(upload, "register.csv", Samples.Prefecture, Samples.FiscalYear, Samples.Current);

        Assert.Equal<DesignatedInstitution>([Samples.Institution(1), Samples.Institution(2)], result.Institutions);
    }

    [Fact]
    public void More_data_rows_than_one_submission_may_hold_are_refused()
    {
        var result = Samples.ImportCsv(Samples.Rows(20_001));

        Assert.Equal(["データ行が上限の 20,000 行を超えています"], result.Messages());
    }

    [Fact]
    public void The_row_limit_counts_data_rows_only()
    {
        var limits = new ImportLimits { MaxRows = 2 };
        List<string[]> rows = [.. Samples.Rows(2), [], []];

        var result = Samples.Import(CsvFile.Utf8(rows), "register.csv", limits);

        Assert.Equal(2, result.Institutions.Length);
    }

    [Fact]
    public void The_row_limit_is_checked_before_cells_are_interpreted()
    {
        var limits = new ImportLimits { MaxRows = 2 };
        var rows = Samples.Rows(3).Select((r, i) => i == 0 ? r : r.With("種別", "訪看"));

        var result = Samples.Import(CsvFile.Utf8(rows), "register.csv", limits);

        Assert.Equal(["データ行が上限の 2 行を超えています"], result.Messages());
    }

    [Fact]
    public void An_xlsx_that_unpacks_past_the_limit_is_refused_before_it_is_loaded()
    {
        var limits = new ImportLimits { MaxUnpackedBytes = 4096 };

        var result = Samples.Import(XlsxFile.From(Samples.Rows(50)), "register.xlsx", limits);

        Assert.Equal(["展開後のサイズが上限の 4,096 バイトを超えています"], result.Messages());
    }

    /// <summary>An upload that never ends and cannot tell its length, as a request body can be.</summary>
    private sealed class EndlessStream : Stream
    {
        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            Array.Fill(buffer, (byte)'a', offset, count);
            BytesRead += count;
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
