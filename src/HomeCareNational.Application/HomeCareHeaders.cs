namespace HomeCareNational.Application;

/// <summary>The service's own HTTP header names, in one place for both front doors (the GraphQL endpoint and the REST upload).</summary>
public static class HomeCareHeaders
{
    /// <summary>The request header that carries the client's idempotency key (see <see cref="Idempotency.IdempotencyGuard"/>).</summary>
    public const string IdempotencyKey = "Idempotency-Key";

    /// <summary>The response header, <c>true</c>, of an answer that is the stored result of an earlier request with the same key.</summary>
    public const string IdempotentReplayed = "Idempotent-Replayed";

    /// <summary>The request header a GET to the GraphQL endpoint carries to prove it was preflighted (CSRF protection).</summary>
    public const string RequirePreflight = "GraphQL-Require-Preflight";

    /// <summary>The response header that asks a reverse proxy (nginx) not to buffer an event stream.</summary>
    public const string AccelBuffering = "X-Accel-Buffering";
}
