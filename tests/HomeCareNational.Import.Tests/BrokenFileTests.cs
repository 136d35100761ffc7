using System.IO.Compression;
using System.Text;

namespace HomeCareNational.Import.Tests;

public sealed class BrokenFileTests
{
    private const string NotXlsx = "Excel ファイル（.xlsx）として読めません: ファイルが壊れているか、別の形式のファイルです";

    [Fact]
    public void A_text_file_renamed_xlsx_is_refused_as_not_a_workbook()
    {
        var result = Samples.Import(Encoding.UTF8.GetBytes("これは Excel ファイルではありません"), "register.xlsx");

        Assert.Equal([NotXlsx], result.Messages());
    }

    [Fact]
    public void A_zip_without_a_workbook_renamed_xlsx_is_refused_as_not_a_workbook()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("word/document.xml").Open());
            writer.Write("<document/>");
        }

        var result = Samples.Import(stream.ToArray(), "register.xlsx");

        Assert.Equal([NotXlsx], result.Messages());
    }

    [Fact]
    public void A_truncated_xlsx_is_refused_as_not_a_workbook()
    {
        var whole = XlsxFile.From(Samples.Rows(20));

        var result = Samples.Import(whole[..(whole.Length / 2)], "register.xlsx");

        Assert.Equal([NotXlsx], result.Messages());
    }

    [Fact]
    public void A_workbook_with_a_broken_part_is_refused_as_not_a_workbook()
    {
        using var stream = new MemoryStream();
        stream.Write(XlsxFile.From(Samples.Rows(2)));
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            zip.GetEntry("xl/workbook.xml")!.Delete();
            using var writer = new StreamWriter(zip.CreateEntry("xl/workbook.xml").Open());
            writer.Write("<workbook");
        }

        var result = Samples.Import(stream.ToArray(), "register.xlsx");

        Assert.Equal([NotXlsx], result.Messages());
    }

    [Theory]
    [InlineData("register.xlsx")]
    [InlineData("register.csv")]
    public void Corrupted_bytes_give_a_result_and_never_an_exception(string fileName)
    {
        var valid = fileName.EndsWith(".xlsx", StringComparison.Ordinal) ? XlsxFile.From(Samples.Rows(20)) : CsvFile.InShiftJis(Samples.Rows(20));
        var random = new Random(20241217);
        for (var attempt = 0; attempt < 200; attempt++)
        {
            var corrupted = (byte[])valid.Clone();
            for (var flip = 0; flip < 1 + (attempt % 8); flip++)
            {
                corrupted[random.Next(corrupted.Length)] = (byte)random.Next(256);
            }

            var result = Samples.Import(corrupted, fileName);

            Assert.True(result.Succeeded != result.Errors.Any());
        }
    }

    [Fact]
    public void An_old_xls_or_password_protected_workbook_is_told_apart()
    {
        byte[] compoundFile = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0];

        var result = Samples.Import(compoundFile, "register.xlsx");

        Assert.Equal(
            ["古い形式（.xls）またはパスワード付きの Excel ファイルは読めません: パスワードを外し、.xlsx 形式で保存してください"],
            result.Messages());
    }

    [Theory]
    [InlineData("register.xls")]
    [InlineData("register.txt")]
    [InlineData("register")]
    public void Another_file_type_is_refused_by_its_name(string fileName)
    {
        var result = Samples.Import(CsvFile.Utf8(Samples.Rows(1)), fileName);

        Assert.Equal([$"対応していないファイル形式です（「{fileName}」）: .xlsx か .csv のファイルを選んでください"], result.Messages());
    }

    [Fact]
    public void The_extension_is_matched_whatever_its_case()
    {
        var result = Samples.Import(CsvFile.Utf8(Samples.Rows(1)), "REGISTER.CSV");

        Assert.Equal<DesignatedInstitution>([Samples.Institution(1)], result.Institutions);
    }
}
