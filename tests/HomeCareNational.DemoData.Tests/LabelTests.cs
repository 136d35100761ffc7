namespace HomeCareNational.DemoData.Tests;

public sealed class LabelTests
{
    [Fact]
    public void Label_says_the_data_are_synthetic_in_english_and_japanese()
    {
        Assert.Contains("SYNTHETIC", DemoRegister.Label, StringComparison.Ordinal);
        Assert.Contains("not real prefecture data", DemoRegister.Label, StringComparison.Ordinal);
        Assert.Contains("合成デモデータ", DemoRegister.Label, StringComparison.Ordinal);
    }

    [Fact]
    public void Demo_is_for_fiscal_2024()
    {
        Assert.Equal(2024, DemoRegister.FiscalYear);
        Assert.Equal("令和6年度", FiscalYear.LabelJa(DemoRegister.FiscalYear));
    }
}
