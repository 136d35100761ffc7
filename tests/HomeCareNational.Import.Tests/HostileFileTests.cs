using System.Diagnostics;
using HomeCareNational.Testing.Files;

namespace HomeCareNational.Import.Tests;

/// <summary>
/// Every hostile file of <see cref="HostileFiles"/> (the hostile-input suite sends the same over HTTP) is refused with
/// its one error, within its bound, and the importer's memory stays small: the sheet is never loaded by its dimension.
/// </summary>
public sealed class HostileFileTests
{
    private static readonly Dictionary<string, HostileFile> Cases = HostileFiles.All.ToDictionary(c => c.Name);

    public static TheoryData<string> Names => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(Names))]
    public void Is_refused_with_its_error_within_its_bound(string name)
    {
        var hostile = Cases[name];
        var content = hostile.Build();

        var clock = Stopwatch.StartNew();
        var result = Samples.Import(content, hostile.FileName);
        clock.Stop();

        Assert.Equal([hostile.Error], result.Messages());
        Assert.True(clock.Elapsed <= hostile.Bound, $"{name}: refused in {clock.ElapsedMilliseconds} ms, over its bound of {hostile.Bound.TotalMilliseconds} ms");
    }

    [Fact]
    public void The_case_names_are_distinct() => Assert.Equal(HostileFiles.All.Count, Cases.Count);
}
