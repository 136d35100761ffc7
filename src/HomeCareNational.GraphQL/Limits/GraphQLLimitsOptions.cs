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

    public static readonly TimeSpan DefaultExecutionTimeout = TimeSpan.FromSeconds(10);

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

    /// <summary>How long one request may take to validate and execute before it is abandoned with a TIMEOUT error.</summary>
    public TimeSpan ExecutionTimeout { get; set; } = DefaultExecutionTimeout;
}
