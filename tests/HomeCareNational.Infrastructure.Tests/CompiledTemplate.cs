using System.Text.Json;
using System.Text.RegularExpressions;

namespace HomeCareNational.Infrastructure.Tests;

/// <summary>
/// <c>infra/main.bicep</c> compiled to ARM JSON (language version 2.0: resources keyed by symbolic name), with the
/// few expression forms the checks need resolved.
/// </summary>
internal sealed partial class CompiledTemplate
{
    private readonly JsonElement _root;

    private CompiledTemplate(JsonElement root) => _root = root;

    public static async Task<CompiledTemplate> CompileAsync()
    {
        var build = await BicepCli.RunAsync("build", "main.bicep", "--stdout");
        Assert.True(build.ExitCode == 0, build.Diagnostics);
        return new CompiledTemplate(JsonDocument.Parse(build.Output).RootElement.Clone());
    }

    /// <summary>The one resource of this type, with its symbolic name.</summary>
    public (string Name, JsonElement Body) Resource(string type)
    {
        var matches = _root.GetProperty("resources").EnumerateObject()
            .Where(r => r.Value.GetProperty("type").GetString() == type).ToList();
        Assert.True(matches.Count == 1, $"Expected one {type}, found {matches.Count}.");
        return (matches[0].Name, matches[0].Value);
    }

    /// <summary>
    /// The smallest integer a deployment can give: a literal, or for <c>[parameters('p')]</c> the parameter's
    /// minValue (its default must respect that too).
    /// </summary>
    public int SmallestInteger(JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Number)
        {
            return value.GetInt32();
        }

        var match = ParameterReference().Match(value.GetString() ?? string.Empty);
        Assert.True(match.Success, $"'{value}' is neither a number nor a parameter reference.");
        var parameter = _root.GetProperty("parameters").GetProperty(match.Groups[1].Value);
        Assert.True(parameter.TryGetProperty("minValue", out var minimum), $"Parameter '{match.Groups[1].Value}' has no minValue.");
        return minimum.GetInt32();
    }

    /// <summary>The expression with each <c>variables('v')</c> replaced by the variable's literal string value.</summary>
    public string WithVariables(string expression) =>
        VariableReference().Replace(expression, m => $"'{_root.GetProperty("variables").GetProperty(m.Groups[1].Value).GetString()}'");

    [GeneratedRegex(@"^\[parameters\('(\w+)'\)\]$")]
    private static partial Regex ParameterReference();

    [GeneratedRegex(@"variables\('(\w+)'\)")]
    private static partial Regex VariableReference();
}
