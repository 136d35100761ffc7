namespace HomeCareNational.HostileInput.Tests.GraphQL;

/// <summary>Hostile GraphQL documents, built to a size.</summary>
internal static class Document
{
    /// <summary><c>{ national { a1: field a2: field … } }</c>.</summary>
    public static string Aliases(int count, string field) =>
        "{ national { " + string.Join(" ", Enumerable.Range(1, count).Select(i => $"a{i}: {field}")) + " } }";
}
