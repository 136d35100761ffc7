namespace HomeCareNational.Infrastructure.Tests;

/// <summary>Every Bicep file in <c>infra/</c> compiles and lints clean: CI fails on any error or warning.</summary>
public sealed class BicepCompilationTests
{
    public static TheoryData<string> BicepFiles() => [.. RelativePaths()];

    private static IEnumerable<string> RelativePaths() =>
        Directory.EnumerateFiles(BicepCli.InfraDirectory, "*.bicep*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".bicep", StringComparison.Ordinal) || f.EndsWith(".bicepparam", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(BicepCli.InfraDirectory, f))
            .Order(StringComparer.Ordinal);

    [Fact]
    public void The_infra_folder_has_a_template_and_its_parameters() =>
        Assert.Superset(new HashSet<string> { "main.bicep", "main.bicepparam" }, RelativePaths().ToHashSet());

    [Theory]
    [MemberData(nameof(BicepFiles))]
    public async Task The_file_lints_with_no_error_or_warning(string file)
    {
        var lint = await BicepCli.RunAsync("lint", file);

        Assert.True(lint.ExitCode == 0 && lint.Diagnostics.Length == 0, $"bicep lint {file} (exit {lint.ExitCode}):\n{lint.Diagnostics}");
    }

    [Theory]
    [MemberData(nameof(BicepFiles))]
    public async Task The_file_compiles_to_ARM_JSON_with_no_diagnostic(string file)
    {
        var command = file.EndsWith(".bicepparam", StringComparison.Ordinal) ? "build-params" : "build";

        var build = await BicepCli.RunAsync(command, file, "--stdout");

        Assert.True(build.ExitCode == 0 && build.Diagnostics.Length == 0, $"bicep {command} {file} (exit {build.ExitCode}):\n{build.Diagnostics}");
        Assert.StartsWith("{", build.Output.TrimStart(), StringComparison.Ordinal);
    }
}
