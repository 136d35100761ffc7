namespace HomeCareNational.Bench.Load;

/// <summary>One line of the results table scripts/bench.sh assembles: a path, its figure, the goal, how it was measured.</summary>
internal static class ResultRow
{
    public static void Print(string path, string figure, string goal, string detail) =>
        Console.WriteLine($"| {path} | {figure} | {goal} | {detail} |");

    public static string Ms(double milliseconds) => milliseconds.ToString("N1", CultureInfo.InvariantCulture) + " ms";

    public static string Number(double value, string format = "N0") => value.ToString(format, CultureInfo.InvariantCulture);
}
