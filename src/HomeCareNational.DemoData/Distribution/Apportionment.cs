namespace HomeCareNational.DemoData.Distribution;

/// <summary>Shares a whole number among weighted parts so that the shares add up to it exactly.</summary>
internal static class Apportionment
{
    /// <summary>
    /// Largest-remainder (Hamilton) method: every part gets the whole part of its quota, and the units
    /// left over go to the largest remainders, ties to the earlier part so that the result never varies.
    /// Integer arithmetic throughout, so no rounding error can move a unit.
    /// </summary>
    public static int[] LargestRemainder(int total, IReadOnlyList<int> weights)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(total);
        if (weights.Any(w => w < 0))
        {
            throw new ArgumentOutOfRangeException(nameof(weights), "Weights must not be negative.");
        }

        long weightSum = weights.Sum(w => (long)w);
        if (weightSum == 0)
        {
            return total == 0
                ? new int[weights.Count]
                : throw new ArgumentException($"Cannot share {total} among parts that all weigh nothing.", nameof(weights));
        }

        var shares = new int[weights.Count];
        var remainders = new long[weights.Count];
        for (var i = 0; i < weights.Count; i++)
        {
            var quota = (long)total * weights[i];
            shares[i] = (int)(quota / weightSum);
            remainders[i] = quota % weightSum;
        }

        var leftOver = total - shares.Sum();
        foreach (var i in Enumerable.Range(0, weights.Count).OrderByDescending(i => remainders[i]).ThenBy(i => i).Take(leftOver))
        {
            shares[i]++;
        }

        return shares;
    }
}
