using System.Net;

namespace HomeCareNational.HostileInput.Tests.GraphQL;

/// <summary>Documents built to cost far more than they weigh: each is refused before it executes, fast, and changes nothing.</summary>
[Collection(HostileService.Name)]
public sealed class GraphQLBombTests(ServiceFixture service)
{
    private static readonly HostileRequest[] All =
    [
        Bomb("aliases: 31 copies of one field", Document.Aliases(31, "version"), "TOO_MANY_ALIASES"),
        Bomb("aliases: 1,000 copies of one field", Document.Aliases(1000, "version"), "TOO_MANY_TOKENS"),
        Bomb("aliases: 150 copies of one field", Document.Aliases(150, "version"), "TOO_MANY_ALIASES"),
        Bomb("aliases: 300 copies of one field", Document.Aliases(300, "version"), "COMPLEXITY"),
        Bomb("aliases: 100 copies of a list of every region", Document.Aliases(100, "regions { code }"), "TOO_MANY_ALIASES"),
        Bomb("aliases: 600 copies of __typename", Document.Aliases(600, "__typename"), "COMPLEXITY"),
        Bomb("aliases: 31 in a fragment", "{ national { ...F } } fragment F on National { " + string.Join(" ", Enumerable.Range(0, 31).Select(i => $"v{i}: version")) + " }", "TOO_MANY_ALIASES"),
        .. new[] { 15, 16, 20, 23, 24, 30, 40, 60 }.Select(levels =>
            Bomb($"fragments: spreads doubling over {levels} levels", Document.FragmentFanOut(levels), "COMPLEXITY")),
        .. new[] { 5, 8, 12 }.Select(levels =>
            Bomb($"fragments: spreads fanning out 10-fold over {levels} levels", Document.FragmentFanOut(levels, 10), "COMPLEXITY")),
        Bomb("fragments: a fragment spreading itself", "{ national { ...F } } fragment F on National { version ...F }", "NO_FRAGMENT_CYCLES"),
        Bomb("fragments: two fragments spreading each other", "{ national { ...F } } fragment F on National { ...G } fragment G on National { ...F }", "NO_FRAGMENT_CYCLES"),
        Bomb("fragments: a spread of an unknown fragment", "{ national { ...Nowhere } }", "KNOWN_FRAGMENT_NAMES"),
        Bomb("fragments: 100 unused fragments", "{ national { version } } " + string.Join(" ", Enumerable.Range(0, 100).Select(i => $"fragment U{i} on National {{ version }}")), "NO_UNUSED_FRAGMENTS"),
        Bomb("depth: selections nested 16 levels", Document.Nested(16), "COMPLEXITY"),
        Bomb("depth: selections nested 1,000 levels", Document.Nested(1_000), "TOO_MANY_TOKENS"),
        .. new[] { 30, 100 }.Select(levels => Bomb($"depth: selections nested {levels} levels, past the parser", Document.Nested(levels), "DOCUMENT_TOO_DEEP")),
        Bomb("depth: an object literal nested 100 levels", Document.DeepLiteral(100), "DOCUMENT_TOO_DEEP"),
        Bomb("depth: an object literal nested 2,500 levels", Document.DeepLiteral(2_500), "TOO_MANY_TOKENS"),
        Bomb("depth: a list literal nested 100 levels", Document.DeepLiteral(100, lists: true), "DOCUMENT_TOO_DEEP"),
        Bomb("depth: a list literal nested 2,500 levels", Document.DeepLiteral(2_500, lists: true), "TOO_MANY_TOKENS"),
        Bomb("depth: an object literal nested 10 levels for an Int", Document.DeepLiteral(10), "ARGUMENTS_OF_CORRECT_TYPE"),
        Bomb("depth: 8,000 opening braces", new string('{', 8_000), "TOO_MANY_TOKENS"),
        Bomb("depth: 1,500 opening braces", new string('{', 1_500), "SYNTAX_ERROR"),
        Bomb("directives: @include 300 times on one field", Document.Directives(300, "@include(if: true)"), "TOO_MANY_TOKENS"),
        Bomb("directives: @skip 100 times on one field", Document.Directives(100, "@skip(if: false)"), "UNIQUE_DIRECTIVES_PER_LOCATION"),
        Bomb("directives: @include 1,000 times on one field", Document.Directives(1_000, "@include(if: true)"), "DOCUMENT_TOO_LARGE", HttpStatusCode.RequestEntityTooLarge),
        Bomb("directives: an unknown directive 500 times", Document.Directives(500, "@bomb"), "KNOWN_DIRECTIVES"),
        Bomb("directives: an unknown directive 2,500 times", Document.Directives(2_500, "@b"), "TOO_MANY_TOKENS"),
        Bomb("directives: @include without its argument", Document.Directives(1, "@include"), "PROVIDED_NON_NULL_ARGUMENTS"),
        Bomb("directives: @include with an undefined variable", Document.Directives(1, "@include(if: $nowhere)"), "NO_UNDEFINED_VARIABLES"),
        Bomb("directives: @deprecated on a query field", Document.Directives(1, "@deprecated"), "DIRECTIVES_IN_ALLOWED_LOCATIONS"),
        Bomb("introspection: ofType nested 13 levels", Document.OfTypeChain(13), "COMPLEXITY"),
        Bomb("introspection: ofType nested 200 levels", Document.OfTypeChain(200), "DOCUMENT_TOO_DEEP"),
        Bomb("introspection: 31 aliases of the schema", "{ " + string.Join(" ", Enumerable.Range(0, 31).Select(i => $"s{i}: __schema {{ types {{ name }} }}")) + " }", "TOO_MANY_ALIASES"),
        Bomb("introspection: the types of the types of the fields, 16 deep",
            "{ __schema { types { fields { type { fields { type { fields { type { fields { type { fields { type { fields { type { name } } } } } } } } } } } } } } }", "COMPLEXITY"),
        Bomb("introspection: an unknown meta field", "{ __secrets }", "FIELDS_ON_CORRECT_TYPE"),
        Bomb("tokens: 8,000 unknown fields", "{ " + string.Join(" ", Enumerable.Repeat("x", 8_000)) + " }", "TOO_MANY_TOKENS"),
        Bomb("tokens: 1,990 unknown fields", "{ " + string.Join(" ", Enumerable.Repeat("x", 1_990)) + " }", "COMPLEXITY"),
        Bomb("tokens: 150 unknown fields", "{ " + string.Join(" ", Enumerable.Repeat("x", 150)) + " }", "FIELDS_ON_CORRECT_TYPE"),
        Bomb("width: 1,000 copies of a field through 10 fragments", "{ national { ...W0 } } " + string.Join(" ", Enumerable.Range(0, 10).Select(i => $"fragment W{i} on National {{ {string.Join(" ", Enumerable.Repeat("version", 100))} {(i < 9 ? $"...W{i + 1}" : "")} }}")), "COMPLEXITY"),
        Bomb("tokens: 5,000 operations", string.Join(" ", Enumerable.Range(0, 5_000).Select(i => $"query q{i} {{ __typename }}")), "DOCUMENT_TOO_LARGE", HttpStatusCode.RequestEntityTooLarge),
        Bomb("tokens: 1,000 anonymous operations", string.Join(" ", Enumerable.Repeat("{ __typename }", 1_000)), "TOO_MANY_TOKENS"),
        Bomb("tokens: 100 anonymous operations", string.Join(" ", Enumerable.Repeat("{ __typename }", 100)), "NO_OPERATION_NAME"),
        Bomb("tokens: 200 variables of one name", "query(" + string.Join(", ", Enumerable.Repeat("$a: Int", 200)) + ") { national(fiscalYear: $a) { version } }", "UNIQUE_VARIABLE_NAMES"),
        Bomb("tokens: 600 arguments of one name", "{ national(" + string.Join(", ", Enumerable.Repeat("fiscalYear: 2024", 600)) + ") { version } }", "UNIQUE_ARGUMENT_NAMES"),
        Bomb("syntax: a document of 16 KiB and one byte", "{ national { version } }" + new string(' ', 16 * 1024), "DOCUMENT_TOO_LARGE", HttpStatusCode.RequestEntityTooLarge),
        Bomb("syntax: an unterminated string", "{ prefecture(code: \"33) { version } }", "SYNTAX_ERROR"),
        Bomb("syntax: an unterminated block string", "{ prefecture(code: \"\"\"" + new string('x', 10_000) + ") { version } }", "SYNTAX_ERROR"),
        Bomb("syntax: a bad unicode escape", "{ prefecture(code: \"\\uZZZZ\") { version } }", "SYNTAX_ERROR"),
        Bomb("syntax: a NUL in the document", "{ national { version \u0000 } }", "SYNTAX_ERROR"),
        Bomb("syntax: a number of 10,000 digits", "{ national(fiscalYear: " + new string('9', 10_000) + ") { version } }", "ARGUMENTS_OF_CORRECT_TYPE"),
        Bomb("syntax: only a comment", "# nothing", "NO_OPERATION"),
        Bomb("syntax: a subscription with two root fields", "subscription { nationalTotals { version } regionTotals(code: \"chugoku\") { version } }", "SINGLE_ROOT_FIELD_SUBSCRIPTIONS"),
        Bomb("page size: first 1,000,000 on every prefecture's register",
            "{ prefectures { register { institutions(first: 1000000) { edges { node { name } } } } } }", "COMPLEXITY"),
    ];

    private static readonly Dictionary<string, HostileRequest> Cases = All.ToDictionary(c => c.Name);

    public static TheoryData<string> Names => [.. Cases.Keys];

    private static HostileRequest Bomb(string name, string query, string code, HttpStatusCode status = HttpStatusCode.BadRequest) =>
        new(name, Send.GraphQL(query), status, code);

    [Theory]
    [MemberData(nameof(Names))]
    public Task Is_refused_fast_and_changes_nothing(string name) => new HostileCallers(service).AssertRefusedAsync(Cases[name]);
}
