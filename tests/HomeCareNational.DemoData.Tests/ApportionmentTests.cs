using HomeCareNational.DemoData.Distribution;

namespace HomeCareNational.DemoData.Tests;

public sealed class ApportionmentTests
{
    [Theory]
    [InlineData(10, new[] { 1, 1, 1 }, new[] { 4, 3, 3 })]
    [InlineData(7, new[] { 5, 3, 2 }, new[] { 4, 2, 1 })]
    [InlineData(100, new[] { 0, 1 }, new[] { 0, 100 })]
    [InlineData(0, new[] { 3, 4 }, new[] { 0, 0 })]
    [InlineData(0, new[] { 0, 0 }, new[] { 0, 0 })]
    public void Shares_add_up_to_the_total_with_left_overs_to_the_largest_remainders(int total, int[] weights, int[] expected)
    {
        Assert.Equal(expected, Apportionment.LargestRemainder(total, weights));
    }

    [Fact]
    public void Shares_add_up_exactly_for_awkward_weights()
    {
        var weights = Enumerable.Range(1, 47).Select(n => (n * 7919) % 1000 + 1).ToList();

        Assert.Equal(8_350, Apportionment.LargestRemainder(8_350, weights).Sum());
    }

    [Fact]
    public void Sharing_among_parts_that_weigh_nothing_is_refused()
    {
        Assert.Throws<ArgumentException>(() => Apportionment.LargestRemainder(1, [0, 0]));
    }
}
