namespace HomeCareNational.HostileInput.Tests.GraphQL;

/// <summary>Hostile GraphQL documents, built to a size.</summary>
internal static class Document
{
    /// <summary><c>{ national { a1: field a2: field … } }</c>.</summary>
    public static string Aliases(int count, string field) =>
        "{ national { " + string.Join(" ", Enumerable.Range(1, count).Select(i => $"a{i}: {field}")) + " } }";

    /// <summary>
    /// Fragments each spreading the next <paramref name="fanOut"/> times, <paramref name="levels"/> deep: a document of a
    /// few KB naming <paramref name="fanOut"/>^<paramref name="levels"/> selections.
    /// </summary>
    public static string FragmentFanOut(int levels, int fanOut = 2)
    {
        var fragments = Enumerable.Range(0, levels).Select(level =>
            $"fragment F{level} on National {{ {string.Join(" ", Enumerable.Repeat($"...F{level + 1}", fanOut))} }}");
        return "{ national { ...F0 } } " + string.Join(" ", fragments) + $" fragment F{levels} on National {{ version }}";
    }

    /// <summary>Selections nested <paramref name="levels"/> deep through fields that link back to each other.</summary>
    public static string Nested(int levels) =>
        "{ national { " + string.Concat(Enumerable.Repeat("regions { national { ", levels / 2)) + "version" + new string('}', (levels / 2 * 2) + 2);

    /// <summary>An argument whose literal nests <paramref name="levels"/> objects (or lists) deep.</summary>
    public static string DeepLiteral(int levels, bool lists = false) =>
        "{ national(fiscalYear: " + (lists
            ? new string('[', levels) + "2024" + new string(']', levels)
            : string.Concat(Enumerable.Repeat("{ a: ", levels)) + "1" + new string('}', levels)) + ") { version } }";

    /// <summary>One field carrying <paramref name="count"/> copies of <paramref name="directive"/>.</summary>
    public static string Directives(int count, string directive) =>
        "{ national { version " + string.Join(" ", Enumerable.Repeat(directive, count)) + " } }";

    /// <summary>An introspection query nesting <c>ofType</c> <paramref name="levels"/> deep.</summary>
    public static string OfTypeChain(int levels) =>
        "{ __schema { types { fields { type { " + string.Concat(Enumerable.Repeat("ofType { ", levels)) + "name" + new string('}', levels + 5);
}
