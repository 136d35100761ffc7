using System.Globalization;
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

    /// <summary>
    /// The names of the Host container's environment variables, those its variables add included; a name built with
    /// <c>format</c> (a list item) is given with index 0.
    /// </summary>
    public IReadOnlyList<string> ContainerEnvironmentNames()
    {
        var env = WithVariableExpressions(ContainerEnvironment());
        return [.. EnvironmentName().Matches(env).Select(m => m.Groups["literal"].Success ? m.Groups["literal"].Value : string.Format(CultureInfo.InvariantCulture, m.Groups["format"].Value, 0))];
    }

    /// <summary>The expression that gives the container's environment variable <paramref name="name"/>, e.g. <c>string(parameters('siloPort'))</c>.</summary>
    public string ContainerEnvironmentValue(string name)
    {
        var env = ContainerEnvironment();
        var start = env.IndexOf($"createObject('name', '{name}', 'value', ", StringComparison.Ordinal);
        Assert.True(start >= 0, $"The container sets no value for {name}.");
        start = env.IndexOf("'value', ", start, StringComparison.Ordinal) + "'value', ".Length;
        var depth = 0;
        for (var end = start; ; end++)
        {
            depth += env[end] switch { '(' => 1, ')' => -1, _ => 0 };
            if (depth < 0)
            {
                return env[start..end];
            }
        }
    }

    private string ContainerEnvironment() =>
        Resource("Microsoft.App/containerApps").Body.GetProperty("properties").GetProperty("template").GetProperty("containers")[0].GetProperty("env").GetString()!;

    /// <summary>The expression with each <c>variables('v')</c> replaced by the variable's expression, brackets off.</summary>
    private string WithVariableExpressions(string expression) =>
        VariableReference().Replace(expression, m => _root.GetProperty("variables").GetProperty(m.Groups[1].Value).ToString().Trim('[', ']'));

    [GeneratedRegex(@"createObject\('name', (?:'(?<literal>[^']+)'|format\('(?<format>[^']+)')")]
    private static partial Regex EnvironmentName();

    [GeneratedRegex(@"^\[parameters\('(\w+)'\)\]$")]
    private static partial Regex ParameterReference();

    [GeneratedRegex(@"variables\('(\w+)'\)")]
    private static partial Regex VariableReference();
}
