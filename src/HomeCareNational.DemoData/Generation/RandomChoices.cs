using HomeCareNational.DemoData.Figures;

namespace HomeCareNational.DemoData.Generation;

internal static class RandomChoices
{
    /// <summary>Picks one item with probability proportional to its weight.</summary>
    public static T Pick<T>(this Random random, IReadOnlyList<Weighted<T>> choices)
    {
        var ticket = random.Next(choices.Sum(c => c.Weight));
        foreach (var choice in choices)
        {
            if (ticket < choice.Weight)
            {
                return choice.Item;
            }

            ticket -= choice.Weight;
        }

        throw new ArgumentException("No choice has a positive weight.", nameof(choices));
    }

    /// <summary>True with the given probability in percent.</summary>
    public static bool Chance(this Random random, int percent) => random.Next(100) < percent;
}
