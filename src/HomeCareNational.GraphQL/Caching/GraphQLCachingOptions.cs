namespace HomeCareNational.GraphQL.Caching;

/// <summary>
/// The parsed-document cache and the HTTP caching of responses; bound from the <see cref="Section"/> configuration
/// section and validated at start-up (<see cref="GraphQLCachingOptionsValidator"/>).
/// </summary>
public sealed class GraphQLCachingOptions
{
    public const string Section = "GraphQL:Caching";

    /// <summary>
    /// 1,000,000 characters of document text: every dashboard's and GraphiQL's documents many times over; at about ten
    /// times that in parsed form, some 10 MB of memory at most.
    /// </summary>
    public const long DefaultDocumentCacheSize = 1_000_000;

    public static readonly TimeSpan DefaultDashboardMaxAge = TimeSpan.FromSeconds(5);

    /// <summary>The total length, in characters, of the document texts whose parsed form is kept; the least recently used go first.</summary>
    public long DocumentCacheSize { get; set; } = DefaultDocumentCacheSize;

    /// <summary>
    /// How long a <c>Dashboard.Reader</c> caller's browser may reuse a query response without asking again
    /// (<c>Cache-Control: private, max-age</c>); 0 makes it revalidate every time. Dashboards that need changes at once
    /// subscribe to live totals instead.
    /// </summary>
    public TimeSpan DashboardMaxAge { get; set; } = DefaultDashboardMaxAge;
}
