using System.Text.Json.Nodes;

namespace HomeCareNational.HostileInput.Tests.Mutations;

/// <summary>
/// One mutation as the hostile editor sends it: its document (variables <c>$p</c>, <c>$y</c> and <c>$input</c>), a
/// valid input, and the paths of the input's text fields that hostile values go into.
/// </summary>
/// <param name="Name">The mutation's field name.</param>
/// <param name="InputType">The GraphQL type of <c>$input</c>; null for a mutation with no input beyond prefecture and year.</param>
/// <param name="InputArgument">The argument <c>$input</c> goes into.</param>
/// <param name="ValidInput">A valid value of <c>$input</c>.</param>
/// <param name="TextFields">Paths into the input (<c>0.name</c>: the first item's name) of its text fields.</param>
/// <param name="OtherArguments">Arguments the mutation needs beside these, as literals.</param>
internal sealed record HostileMutation(string Name, string? InputType, string? InputArgument, Func<JsonNode?> ValidInput, string[] TextFields, string OtherArguments = "")
{
    public string Document => InputType is null
        ? $"mutation($p: String!, $y: Int!) {{ {Name}(prefecture: $p, fiscalYear: $y) {{ __typename }} }}"
        : $"mutation($p: String!, $y: Int!, $input: {InputType}) {{ {Name}(prefecture: $p, fiscalYear: $y, {InputArgument}: $input{OtherArguments}) {{ __typename }} }}";

    /// <summary>The variables with the valid input, the hostile editor's prefecture and the demo year, then changed.</summary>
    public JsonObject Variables(Action<JsonObject> change)
    {
        var variables = new JsonObject { ["p"] = HostileCallers.Prefecture, ["y"] = HostileCallers.FiscalYear };
        if (InputType is not null)
        {
            variables["input"] = ValidInput();
        }

        change(variables);
        return variables;
    }

    /// <summary>Sets the field at <paramref name="path"/> (dot-separated names and list indexes) below <c>$input</c>; <c>$input</c> itself for "".</summary>
    public static void Set(JsonObject variables, string path, JsonNode? value)
    {
        if (path.Length == 0)
        {
            variables["input"] = value;
            return;
        }

        var parts = path.Split('.');
        JsonNode node = variables["input"]!;
        foreach (var part in parts[..^1])
        {
            node = int.TryParse(part, out var index) ? node[index]! : node[part]!;
        }

        if (int.TryParse(parts[^1], out var last))
        {
            node.AsArray()[last] = value;
        }
        else
        {
            node.AsObject()[parts[^1]] = value;
        }
    }
}
