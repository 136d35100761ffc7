using System.Diagnostics;
using System.Reflection;

namespace HomeCareNational.Infrastructure.Tests;

/// <summary>The Bicep CLI restored from NuGet, and the repository's <c>infra/</c> folder.</summary>
internal static class BicepCli
{
    public static string InfraDirectory { get; } = Metadata("InfraDirectory");

    private static string Executable { get; } = Metadata("BicepPath").Replace('\\', Path.DirectorySeparatorChar);

    /// <summary>What one run of the CLI printed.</summary>
    public sealed record Result(int ExitCode, string Output, string Diagnostics);

    public static async Task<Result> RunAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo(Executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = InfraDirectory,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {Executable}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var diagnostics = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return new Result(process.ExitCode, await output, await diagnostics);
    }

    private static string Metadata(string key) =>
        typeof(BicepCli).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().SingleOrDefault(a => a.Key == key)?.Value
        ?? throw new InvalidOperationException($"Assembly metadata '{key}' is missing: see the test project file.");
}
