using System.Text;

namespace HomeCareNational.Api.Tests.Schema;

/// <summary>The lines two texts do not share, in order, as a reviewer reads a diff: "-" only in the first, "+" only in the second.</summary>
public static class LineDiff
{
    /// <summary>A schema change touches a handful of lines; a longer list hides them.</summary>
    private const int MaxLinesShown = 60;

    public static string Describe(string before, string after)
    {
        var removed = before.Split('\n');
        var added = after.Split('\n');
        var common = CommonLengths(removed, added);
        var lines = new List<string>();
        int i = 0, j = 0;
        while (i < removed.Length || j < added.Length)
        {
            if (i < removed.Length && j < added.Length && removed[i] == added[j])
            {
                i++;
                j++;
            }
            else if (j < added.Length && (i == removed.Length || common[i, j + 1] >= common[i + 1, j]))
            {
                lines.Add($"{i + 1,5} + {added[j++]}");
            }
            else
            {
                lines.Add($"{i + 1,5} - {removed[i++]}");
            }
        }

        var text = new StringBuilder().AppendJoin('\n', lines.Take(MaxLinesShown));
        return lines.Count > MaxLinesShown ? text.Append($"\n… and {lines.Count - MaxLinesShown} more lines").ToString() : text.ToString();
    }

    /// <summary>common[i, j]: the length of the longest common subsequence of a[i..] and b[j..].</summary>
    private static int[,] CommonLengths(string[] a, string[] b)
    {
        var common = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                common[i, j] = a[i] == b[j] ? common[i + 1, j + 1] + 1 : Math.Max(common[i + 1, j], common[i, j + 1]);
            }
        }

        return common;
    }
}
