namespace HomeCareNational.Bench.Baseline;

/// <summary>The baseline's one setting and the media type the service answers with by default.</summary>
internal static class BaselineSettings
{
    /// <summary>The file holding the response body, as the service answered it.</summary>
    public const string BodyKey = "body";

    public const string MediaType = "application/graphql-response+json; charset=utf-8";
}
