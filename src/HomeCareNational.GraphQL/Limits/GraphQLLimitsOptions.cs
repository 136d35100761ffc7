namespace HomeCareNational.GraphQL.Limits;

/// <summary>
/// How much one GraphQL request may ask of the service; bound from the <see cref="Section"/> configuration section
/// and validated at start-up (<see cref="GraphQLLimitsOptionsValidator"/>). Every limit is checked before anything
/// executes, on every request, whether or not its document was parsed before.
/// </summary>
public sealed class GraphQLLimitsOptions
{
    public const string Section = "GraphQL:Limits";

    /// <summary>
    /// GraphiQL's introspection query (graphql-js <c>getIntrospectionQuery</c>, 16.9 and later, as graphiql 3.8.3
    /// bundles it) nests 15 fields deep, through <c>fields.args.type</c> and nine <c>ofType</c>, deeper than any
    /// sensible query of the API's own fields.
    /// </summary>
    public const int DefaultMaxDepth = 15;

    /// <summary>
    /// Enough for every total and breakdown of all 47 prefectures, or a 50-item page of every prefecture's register;
    /// not a 100-item page of all of them.
    /// </summary>
    public const int DefaultMaxComplexity = 20_000;

    public const int DefaultMaxAliases = 30;

    /// <summary>16 KiB: several times the largest document the dashboards and GraphiQL send.</summary>
    public const int DefaultMaxDocumentBytes = 16 * 1024;

    /// <summary>16 MiB: room for <c>importDesignations</c> with a file of the import's largest size (10 MiB) in base64.</summary>
    public const int DefaultMaxRequestBytes = 16 * 1024 * 1024;

    /// <summary>Far deeper than any input of the schema (a hub report's meetings are 4 levels down), far shallower than a bomb.</summary>
    public const int DefaultMaxJsonDepth = 16;

    /// <summary>More than any register's list (a prefecture has at most a few thousand designations); lists past it are refused unread.</summary>
    public const int DefaultMaxListLength = 20_000;

    /// <summary>The parser's own bound on nesting, in syntax nodes (a field level is two: the field and its selection set).</summary>
    public const int DefaultMaxParserDepth = 64;

    /// <summary>Several times GraphiQL's introspection query; validation's cost grows with the tokens' square when each is an error.</summary>
    public const int DefaultMaxTokens = 2_000;

    /// <summary>Far wider than any type of the schema (a designated institution has a dozen fields), far narrower than a bomb.</summary>
    public const int DefaultMaxSelectionWidth = 200;

    public static readonly TimeSpan DefaultExecutionTimeout = TimeSpan.FromSeconds(10);

    /// <summary>Several times what the largest file the importer accepts (20,000 rows) takes on a busy two-core silo.</summary>
    public static readonly TimeSpan DefaultImportExecutionTimeout = TimeSpan.FromSeconds(60);

    /// <summary>The deepest selection allowed, counting every field level down to and including the leaves.</summary>
    public int MaxDepth { get; set; } = DefaultMaxDepth;

    /// <summary>
    /// The highest estimated cost allowed: each field costs 1, times the length of every list it is inside
    /// (<see cref="ComplexityCosts"/> gives each list field its expected length).
    /// </summary>
    public int MaxComplexity { get; set; } = DefaultMaxComplexity;

    /// <summary>The most aliases one document may use.</summary>
    public int MaxAliases { get; set; } = DefaultMaxAliases;

    /// <summary>The longest document (the <c>query</c> text, in UTF-8 bytes) accepted; longer ones are not parsed.</summary>
    public int MaxDocumentBytes { get; set; } = DefaultMaxDocumentBytes;

    /// <summary>The largest POST body read, in bytes; a longer one is refused with 413 before it is parsed.</summary>
    public int MaxRequestBytes { get; set; } = DefaultMaxRequestBytes;

    /// <summary>How deep the JSON of a request body or of GET variables may nest.</summary>
    public int MaxJsonDepth { get; set; } = DefaultMaxJsonDepth;

    /// <summary>The most items any JSON array in a request may hold.</summary>
    public int MaxListLength { get; set; } = DefaultMaxListLength;

    /// <summary>How deep the document may nest, in syntax nodes; a deeper one (an object literal 2,500 levels deep) is refused while parsing.</summary>
    public int MaxParserDepth { get; set; } = DefaultMaxParserDepth;

    /// <summary>The most tokens (names, punctuation, values) a document may have; counted before it is parsed.</summary>
    public int MaxTokens { get; set; } = DefaultMaxTokens;

    /// <summary>The most fields one selection set may merge at its level, its fragments' included.</summary>
    public int MaxSelectionWidth { get; set; } = DefaultMaxSelectionWidth;

    /// <summary>How long one request may take to validate and execute before it is abandoned with a TIMEOUT error.</summary>
    public TimeSpan ExecutionTimeout { get; set; } = DefaultExecutionTimeout;

    /// <summary>How long a mutation that imports a file may take instead; at least <see cref="ExecutionTimeout"/>.</summary>
    public TimeSpan ImportExecutionTimeout { get; set; } = DefaultImportExecutionTimeout;
}
