using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;

namespace HomeCareNational.HostileInput.Tests.Support;

/// <summary>
/// What a hostile request must leave as it was: the national totals and version, the hostile editor's prefecture's
/// totals, version and latest revision, and the ETag of that query (which moves with any change in any fiscal year).
/// </summary>
public sealed record DataSnapshot(string Totals, string ETag)
{
    private static readonly string Query =
        "{ national(fiscalYear: " + HostileCallers.FiscalYear + ") { version asOf designations { total clinical nonClinical } hubs { total } } "
        + "prefecture(code: \"" + HostileCallers.Prefecture + "\", fiscalYear: " + HostileCallers.FiscalYear + ") { version asOf "
        + "designations { total clinical nonClinical } hubs { total } revisions(last: 1) { totalCount edges { node { version at operation } } } } }";

    public static async Task<DataSnapshot> TakeAsync(HttpClient analyst)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString(Query));
        request.Headers.Add("GraphQL-Require-Preflight", "1");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        using var response = await analyst.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"The snapshot query answered {(int)response.StatusCode}: {body}");
        var json = JsonNode.Parse(body)!;
        Assert.Null(json["errors"]);
        var etag = response.Headers.ETag?.Tag;
        Assert.NotNull(etag);
        return new DataSnapshot(json["data"]!.ToJsonString(), etag);
    }
}
