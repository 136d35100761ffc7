namespace HomeCareNational.Domain.Tests.Reference;

public sealed class PrefecturesTests
{
    [Fact]
    public void There_are_47_prefectures_coded_01_to_47_in_order()
    {
        var expected = Enumerable.Range(1, 47).Select(n => n.ToString("D2", System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(expected, Prefectures.All.Select(p => p.Code));
    }

    [Theory]
    [InlineData("01", "北海道", "Hokkaido")]
    [InlineData("13", "東京都", "Tokyo")]
    [InlineData("33", "岡山県", "Okayama")]
    [InlineData("47", "沖縄県", "Okinawa")]
    public void Prefecture_is_found_by_its_code(string code, string nameJa, string nameEn)
    {
        Assert.Equal(new Prefecture(code, nameJa, nameEn), Prefectures.Get(code));
        Assert.True(Prefectures.TryGet(code, out var found));
        Assert.Equal(nameJa, found.NameJa);
    }

    [Theory]
    [InlineData("48")]
    [InlineData("00")]
    [InlineData("1")]
    [InlineData("")]
    [InlineData(null)]
    public void Unknown_code_is_not_found(string? code)
    {
        Assert.False(Prefectures.TryGet(code, out var found));
        Assert.Null(found);
    }

    [Fact]
    public void Getting_an_unknown_code_throws_naming_the_code()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Prefectures.Get("48"));

        Assert.Equal("48", error.ActualValue);
    }
}
