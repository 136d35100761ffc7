using System.Globalization;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using GraphQL.Transport;
using GraphQLParser.AST;
using HomeCareNational.Identity;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace HomeCareNational.GraphQL.Caching;

/// <summary>
/// HTTP caching of query responses for polling dashboards: a weak <c>ETag</c> that changes whenever the answer could,
/// and a <c>Cache-Control</c> fit for the caller's role. See docs/api.md, "Caching".
/// </summary>
public sealed class ResponseCaching(IGrainFactory grains, IGraphQLTextSerializer serializer, IOptions<GraphQLCachingOptions> options)
{
    public const string NoStore = "no-store";
    public const string Revalidate = "private, no-cache";

    /// <summary>A response differs by caller and by negotiated media type; shared caches must not mix them.</summary>
    public const string Vary = "Authorization, Accept";

    /// <summary>
    /// Made on first use and kept: a grain reference stays valid across activations and silos, and making one per request resolved the
    /// grain interface's type by reflection every time, a visible part of a conditional GET's CPU in a profile.
    /// </summary>
    private INationalGrain? _national;

    /// <summary>Changes with every deployment: a new release may answer the same request differently.</summary>
    private static readonly string Release = typeof(ResponseCaching).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    /// <summary>
    /// The validator of the response to <paramref name="request"/> as things stand: a hash of the country's data version
    /// (one read-only call to the national grain, no fan-out), the release, the request (document or document id,
    /// operation name, variables), the response media type, and the caller's access scope (roles and prefecture), because
    /// callers with different access see different data. Read before executing, so a change during execution makes
    /// the next request's ETag differ rather than hiding the change.
    /// </summary>
    public async Task<EntityTagHeaderValue> ETagAsync(ClaimsPrincipal user, GraphQLRequest request, string mediaType)
    {
        var version = await (_national ??= grains.GetGrain<INationalGrain>(INationalGrain.Key)).GetDataVersionAsync();
        var caller = CallerIdentity.From(user);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Add(hash, version.Changes.ToString(CultureInfo.InvariantCulture));
        Add(hash, version.TotalsFingerprint.ToString(CultureInfo.InvariantCulture));
        Add(hash, Release);
        Add(hash, caller is null ? string.Empty : string.Join(',', caller.Roles.Order(StringComparer.Ordinal)));
        Add(hash, caller?.PrefectureCode);
        Add(hash, request.DocumentId);
        Add(hash, request.Query);
        Add(hash, request.OperationName);
        Add(hash, request.Variables is null ? null : serializer.Serialize(request.Variables));
        Add(hash, mediaType);
        return new EntityTagHeaderValue($"\"{Convert.ToBase64String(hash.GetHashAndReset(), 0, 18).Replace('+', '-').Replace('/', '_')}\"", isWeak: true);
    }

    /// <summary>True when the request's <c>If-None-Match</c> names <paramref name="etag"/> (weak comparison, as RFC 9110 sets for it).</summary>
    public static bool IsNotModified(HttpRequest request, EntityTagHeaderValue etag) =>
        request.GetTypedHeaders().IfNoneMatch is { Count: > 0 } tags
        && tags.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(etag, useStrongComparison: false));

    /// <summary>Only a query answered in full is worth a validator; mutations, errors and refusals are never stored.</summary>
    public static bool IsCacheable(ExecutionResult result) =>
        result.Executed && result.Errors is not { Count: > 0 } && result.Operation?.Operation == OperationType.Query;

    /// <summary>
    /// The <c>Cache-Control</c> of a cacheable query response: a dashboard-only caller polls aggregates, so its browser may
    /// reuse an answer for <see cref="GraphQLCachingOptions.DashboardMaxAge"/>; everyone else (analysts, prefecture
    /// staff looking at detail they are editing) revalidates every time, cheaply, with the ETag. Always <c>private</c>:
    /// answers depend on the caller's token.
    /// </summary>
    public string CacheControlFor(ClaimsPrincipal user)
    {
        var maxAge = options.Value.DashboardMaxAge;
        return IsDashboardOnly(user) && maxAge > TimeSpan.Zero ? $"private, max-age={(int)maxAge.TotalSeconds}" : Revalidate;
    }

    private static bool IsDashboardOnly(ClaimsPrincipal user) =>
        CallerIdentity.From(user) is { } caller && caller.Roles.Length > 0 && caller.Roles.All(role => role == AppRoles.DashboardReader);

    /// <summary>Length-prefixed, so that two fields can never run into each other and collide.</summary>
    private static void Add(IncrementalHash hash, string? value)
    {
        var bytes = value is null ? [] : Encoding.UTF8.GetBytes(value);
        hash.AppendData(BitConverter.GetBytes(value is null ? -1 : bytes.Length));
        hash.AppendData(bytes);
    }
}
