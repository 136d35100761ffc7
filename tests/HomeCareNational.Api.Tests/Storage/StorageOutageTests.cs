using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using HomeCareNational.Identity;
using HomeCareNational.Identity.Development;
using Xunit.Abstractions;

namespace HomeCareNational.Api.Tests.Storage;

/// <summary>
/// Storage goes away under a running service and comes back: the service's own Azurite (on disk) is stopped with
/// SIGINT and restarted on the same port and data, while the requests go over real HTTP.
/// </summary>
public sealed class StorageOutageTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string Okayama = "33";
    private const int Year = 2026;

    private const string Prefecture = """
        { prefecture(code: "33", fiscalYear: 2026) { designations { total } version } }
        """;

    private TestService? _service;
    private HttpClient? _editor;
    private HttpClient? _analyst;

    private TestService Service => _service ?? throw new InvalidOperationException("The service has not been started.");

    public async Task InitializeAsync()
    {
        _service = await TestService.StartOnDiskAsync("Testing", TestService.DevelopmentIssuer(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))));
        _editor = ClientFor(AppRoles.PrefectureEditor, Okayama);
        _analyst = ClientFor(AppRoles.MinistryAnalyst, null);
    }

    public async Task DisposeAsync()
    {
        _editor?.Dispose();
        _analyst?.Dispose();
        if (_service is not null)
        {
            await _service.DisposeAsync();
        }
    }

    [Fact]
    public async Task During_an_outage_a_change_is_refused_with_503_reads_still_answer_and_after_it_the_retry_applies_once()
    {
        var editor = _editor!;
        await editor.SubmitAreasAsync(Okayama, Year, "33202");
        var acknowledged = await SubmitAsync(editor, "outage-before-0001", "3310000001");
        Assert.True(acknowledged.Errors.Count == 0, acknowledged.Body.ToJsonString());

        await Service.Azurite.StopAsync();
        var answeredIn = Stopwatch.StartNew();
        var refused = await SubmitAsync(editor, "outage-during-0001", "3310000001", "3310000002");
        output.WriteLine($"The refusal came after {answeredIn.ElapsedMilliseconds} ms");
        var refusedImport = await editor.PostGraphQLAsync("""
            mutation { submitHomeCareAreas(prefecture: "33", fiscalYear: 2026, idempotencyKey: "outage-areas-0001",
              areas: [{ areaId: "A1", name: "テスト圏域", unitType: SECONDARY_MEDICAL_AREA, municipalityCodes: ["33202", "33203"] }]) { version } }
            """);
        var readDuring = await editor.PostGraphQLAsync(Prefecture);
        await Service.Azurite.RestartAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.Status);
        Assert.Equal(["STORAGE_UNAVAILABLE"], refused.ErrorCodes);
        Assert.DoesNotContain("   at ", refused.Body.ToJsonString());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, refusedImport.Status);
        Assert.Equal(["STORAGE_UNAVAILABLE"], refusedImport.ErrorCodes);
        Assert.Empty(readDuring.Errors);
        Assert.Equal(1, readDuring.Data!["prefecture"]!["designations"]!["total"]!.GetValue<int>());
        var version = readDuring.Data["prefecture"]!["version"]!.GetValue<long>();

        var retried = await SubmitAsync(editor, "outage-during-0001", "3310000001", "3310000002");
        var replayed = await SubmitAsync(editor, "outage-during-0001", "3310000001", "3310000002");

        Assert.Equal(HttpStatusCode.OK, retried.Status);
        Assert.Empty(retried.Errors);
        Assert.Equal(version + 1, retried.Data!["submitDesignations"]!["version"]!.GetValue<long>());
        Assert.Equal(retried.Body.ToJsonString(), replayed.Body.ToJsonString());
        var after = await editor.PostGraphQLAsync(Prefecture);
        Assert.Equal(2, after.Data!["prefecture"]!["designations"]!["total"]!.GetValue<int>());
        Assert.Equal(version + 1, after.Data["prefecture"]!["version"]!.GetValue<long>());
        var national = await _analyst!.NationalAsync(Year);
        Assert.Equal(2, national["designations"]!["total"]!.GetValue<int>());
    }

    private static Task<GraphQLResponse> SubmitAsync(HttpClient editor, string idempotencyKey, params string[] institutionCodes) =>
        editor.PostGraphQLAsync("""
            mutation ($institutions: [DesignatedInstitutionInput!]!, $key: String) {
              submitDesignations(prefecture: "33", fiscalYear: 2026, institutions: $institutions, idempotencyKey: $key) { designations { total } version }
            }
            """, new { institutions = institutionCodes.Select(code => RegisterRequests.Institution(code, "CLINIC", "33202")).ToArray(), key = idempotencyKey });

    private HttpClient ClientFor(string role, string? prefectureCode)
    {
        var token = Service.Tokens.Issue(new DevelopmentTokenRequest(role, prefectureCode, false, TimeSpan.FromHours(1)));
        var client = new HttpClient { BaseAddress = Service.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
