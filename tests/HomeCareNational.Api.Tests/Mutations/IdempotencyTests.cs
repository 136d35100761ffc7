using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using HomeCareNational.Identity;
using Xunit.Abstractions;
using static HomeCareNational.Api.Tests.Mutations.MutationRequests;

namespace HomeCareNational.Api.Tests.Mutations;

/// <summary>
/// Client idempotency keys on the GraphQL mutations: a retry answers the first result and stores nothing, the key
/// stays bound to its first request, and a retry while the first still runs is told so. Each test keeps to a
/// prefecture of the class's claim.
/// </summary>
[WritesRegisters(Year, "08", "09", "10", "11", "14", "15", "16", "17", "18")]
[Collection(ServiceCollection.Name)]
public sealed class IdempotencyTests(ServiceFixture service, ITestOutputHelper output)
{
    private const int Year = 2046;

    [Fact]
    public async Task A_retry_with_the_same_key_answers_the_first_result_and_stores_no_new_revision()
    {
        const string P = "08";
        var key = NewKey();
        var institution = MutationArgument.Institution(Institution("0800000001", "CLINIC", "08201", Year));

        var first = (await Editor(P).MutateAsync("addDesignation", P, Year, key, institution)).Accepted("addDesignation");
        var state = await StateAsync(P);
        var retry = (await Editor(P).MutateAsync("addDesignation", P, Year, key, institution)).Accepted("addDesignation");

        Assert.Equal(first.ToJsonString(), retry.ToJsonString());
        Assert.Equal(1, first.Version());
        Assert.Equal(state.ToJsonString(), (await StateAsync(P)).ToJsonString());
        var revision = Assert.Single(state["revisions"]!["items"]!.AsArray())!;
        Assert.Equal(key, revision["idempotencyKey"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_same_key_with_another_request_is_refused_as_reused_and_changes_nothing()
    {
        const string P = "09";
        var key = NewKey();
        (await Editor(P).MutateAsync("addDesignation", P, Year, key, MutationArgument.Institution(Institution("0900000001", "CLINIC", "09201", Year)))).Accepted("addDesignation");
        var before = await StateAsync(P);

        var otherInstitution = await Editor(P).MutateAsync("addDesignation", P, Year, key, MutationArgument.Institution(Institution("0900000002", "CLINIC", "09201", Year)));
        var otherMutation = await Editor(P).MutateAsync("withdrawDesignation", P, Year, key, MutationArgument.InstitutionCode("0900000001"));
        var otherYear = await Editor(P).MutateAsync("addDesignation", P, Year + 1, key, MutationArgument.Institution(Institution("0900000001", "CLINIC", "09201", Year)));

        otherInstitution.Refused("addDesignation", "IDEMPOTENCY_KEY_REUSED");
        otherMutation.Refused("withdrawDesignation", "IDEMPOTENCY_KEY_REUSED");
        otherYear.Refused("addDesignation", "IDEMPOTENCY_KEY_REUSED");
        Assert.Contains(key, otherInstitution.Errors[0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(before.ToJsonString(), (await StateAsync(P)).ToJsonString());
        Assert.Equal(0, (await StateAsync(P, Year + 1)).Version());
    }

    [Fact]
    public async Task The_Idempotency_Key_header_covers_a_document_with_one_mutation_only()
    {
        const string P = "10";
        var key = NewKey();
        var (document, variables) = Document("addDesignation", P, Year, null, MutationArgument.Institution(Institution("1000000001", "CLINIC", "10201", Year)));

        var first = (await Editor(P).PostGraphQLWithKeyHeaderAsync(key, document, variables)).Accepted("addDesignation");
        var retry = (await Editor(P).PostGraphQLWithKeyHeaderAsync(key, document, variables)).Accepted("addDesignation");
        Assert.Equal(first.ToJsonString(), retry.ToJsonString());
        var state = await StateAsync(P);
        Assert.Equal(1, state.Version());
        Assert.Equal(key, state["revisions"]!["items"]![0]!["idempotencyKey"]!.GetValue<string>());

        var twoMutations = await Editor(P).PostGraphQLWithKeyHeaderAsync(NewKey(), $$"""
            mutation ($p: String!, $y: Int!) {
              a: withdrawDesignation(prefecture: $p, fiscalYear: $y, institutionCode: "1000000001") { {{Totals}} }
              b: upsertHomeCareArea(prefecture: $p, fiscalYear: $y, area: { areaId: "A1", name: "圏域", unitType: MUNICIPALITY, municipalityCodes: ["10201"] }) { {{Totals}} }
            }
            """, new { p = P, y = Year });

        Assert.NotEmpty(twoMutations.Errors);
        Assert.All(twoMutations.ErrorCodes, code => Assert.Equal("VALIDATION_FAILED", code));
        Assert.All(twoMutations.Errors, e => Assert.Equal("Idempotency-Key", e!["extensions"]!["field"]!.GetValue<string>()));
        Assert.Null(twoMutations.Data?["a"]);
        Assert.Null(twoMutations.Data?["b"]);
        Assert.Equal(state.ToJsonString(), (await StateAsync(P)).ToJsonString());
    }

    [Fact]
    public async Task A_malformed_key_is_refused_as_invalid_and_changes_nothing()
    {
        const string P = "11";
        var institution = MutationArgument.Institution(Institution("1100000001", "CLINIC", "11201", Year));

        var tooShort = await Editor(P).MutateAsync("addDesignation", P, Year, "abc", institution);
        var badCharacters = await Editor(P).MutateAsync("addDesignation", P, Year, "key with spaces", institution);
        var (document, variables) = Document("addDesignation", P, Year, null, institution);
        var badHeader = await Editor(P).PostGraphQLWithKeyHeaderAsync("key/with/slashes", document, variables);

        Assert.Equal(["idempotencyKey"], tooShort.Refused("addDesignation"));
        Assert.Equal(["idempotencyKey"], badCharacters.Refused("addDesignation"));
        Assert.Equal(["Idempotency-Key"], badHeader.Refused("addDesignation"));
        Assert.Equal(0, (await StateAsync(P)).Version());
    }

    [Fact]
    public async Task Keys_are_scoped_to_the_prefecture_so_two_prefectures_may_use_the_same_key()
    {
        var key = NewKey();

        var fourteen = (await Editor("14").MutateAsync("addDesignation", "14", Year, key, MutationArgument.Institution(Institution("1400000001", "CLINIC", "14201", Year))))
            .Accepted("addDesignation");
        var fifteen = (await Editor("15").MutateAsync("addDesignation", "15", Year, key, MutationArgument.Institution(Institution("1500000001", "HOSPITAL", "15201", Year))))
            .Accepted("addDesignation");

        Assert.Equal(("14", 1L, 1), (fourteen["code"]!.GetValue<string>(), fourteen.Version(), fourteen.Designations()));
        Assert.Equal(("15", 1L, 1), (fifteen["code"]!.GetValue<string>(), fifteen.Version(), fifteen.Designations()));
        Assert.Equal("1400000001", (await StateAsync("14"))["register"]!["institutions"]!["items"]![0]!["institutionCode"]!.GetValue<string>());
        Assert.Equal("1500000001", (await StateAsync("15"))["register"]!["institutions"]!["items"]![0]!["institutionCode"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_retry_of_a_refused_request_answers_the_same_errors_and_the_key_stays_bound_to_it()
    {
        const string P = "16";
        var key = NewKey();
        var invalid = MutationArgument.Institution(Institution("1600000001", "CLINIC", "99999", Year));

        var first = await Editor(P).MutateAsync("addDesignation", P, Year, key, invalid);
        var retry = await Editor(P).MutateAsync("addDesignation", P, Year, key, invalid);

        Assert.Equal(["institution.municipalityCode"], first.Refused("addDesignation"));
        Assert.Equal(first.Body.ToJsonString(), retry.Body.ToJsonString());
        var corrected = await Editor(P).MutateAsync("addDesignation", P, Year, key, MutationArgument.Institution(Institution("1600000001", "CLINIC", "16201", Year)));
        corrected.Refused("addDesignation", "IDEMPOTENCY_KEY_REUSED");
        Assert.Equal(0, (await StateAsync(P)).Version());
    }

    [Fact]
    public async Task Concurrent_retries_with_one_key_make_one_change_and_each_answers_the_result_or_in_flight()
    {
        const string P = "17";
        const int Retries = 8;
        var key = NewKey();
        // A few thousand designations keep the first request busy (validation, a history event per record) while the others arrive.
        var institutions = MutationArgument.Institutions([.. Enumerable.Range(1, 3000).Select(n => Institution(
            string.Create(CultureInfo.InvariantCulture, $"17{n:D8}"), n % 3 == 0 ? "PHARMACY" : "CLINIC", "17201", Year))]);
        var before = await StateAsync(P);

        var responses = await Task.WhenAll(Enumerable.Range(0, Retries).Select(_ => Editor(P).MutateAsync("submitDesignations", P, Year, key, institutions)));
        output.WriteLine($"{responses.Count(r => r.Errors.Count == 0)} answered the result, {responses.Count(r => r.Errors.Count > 0)} IDEMPOTENCY_KEY_IN_FLIGHT.");

        var results = responses.Where(r => r.Errors.Count == 0).Select(r => r.Data!["submitDesignations"]!.ToJsonString()).ToList();
        var inFlight = responses.Where(r => r.Errors.Count > 0).ToList();
        Assert.NotEmpty(results);
        Assert.Single(results.Distinct());
        Assert.All(inFlight, r => r.Refused("submitDesignations", "IDEMPOTENCY_KEY_IN_FLIGHT"));
        Assert.Equal(Retries, results.Count + inFlight.Count);

        var after = await StateAsync(P);
        Assert.Equal(before.Version() + 1, after.Version());
        Assert.Equal(3000, after.Designations());
        Assert.Equal(before["revisions"]!["totalCount"]!.GetValue<int>() + 1, after["revisions"]!["totalCount"]!.GetValue<int>());
        var late = (await Editor(P).MutateAsync("submitDesignations", P, Year, key, institutions)).Accepted("submitDesignations");
        Assert.Equal(results[0], late.ToJsonString());
    }

    [Fact]
    public async Task A_retry_while_the_first_import_still_runs_gets_409_over_HTTP_and_IN_FLIGHT_over_GraphQL()
    {
        const string P = "18";
        const int Rows = 10_000;
        const int RetriesPerAttempt = 8;
        var reader = service.ClientFor(AppRoles.MinistryAnalyst);

        // An import of 10,000 rows runs for a few hundred milliseconds (parse, diff, one history record per row). Retries
        // over HTTP and over GraphQL are sent while it runs, spread over its first half second, so that some land inside it.
        // Timing decides which: whichever request claims the key first runs, and a retry may also come after it finished
        // (then it is answered the stored result). Nothing guarantees that one retry of each kind was refused as in flight,
        // so when they were not, the test tries again with a new key and 10,000 other institutions (as much work again), at
        // most five times, then fails.
        var (sawConflict, sawInFlight) = (false, false);
        for (var attempt = 0; attempt < 5 && !(sawConflict && sawInFlight); attempt++)
        {
            var key = NewKey();
            var file = ImportCsv(P, firstCode: attempt * Rows + 1, Rows);
            var graphQLBody = JsonSerializer.Serialize(new
            {
                query = GraphQLImports.ImportDesignations,
                variables = GraphQLImports.Variables(P, Year, file, "register.csv", idempotencyKey: key),
            });
            var before = await reader.StateAsync(P, Year);

            var clock = Stopwatch.StartNew();
            var first = Editor(P).ImportWithKeyAsync(P, Year, file, key);
            var restRetries = Enumerable.Range(1, RetriesPerAttempt).Select(async i =>
            {
                await Task.Delay(i * 60);
                return await Editor(P).ImportWithKeyAsync(P, Year, file, key);
            }).ToList();
            var graphQLRetries = Enumerable.Range(0, RetriesPerAttempt).Select(async i =>
            {
                await Task.Delay(i * 60);
                return await Editor(P).PostRawAsync(graphQLBody, "application/json");
            }).ToList();
            var uploads = await Task.WhenAll([first, .. restRetries]);
            var firstTook = clock.Elapsed;
            var mutations = await Task.WhenAll(graphQLRetries);

            // Every upload ran, was refused as in flight, was answered the stored result, or found every import turn taken
            // (429 before its body was read: 17 requests at once are more than the imports that may run and wait); every
            // mutation likewise.
            Assert.All(uploads, u => Assert.Contains(u.StatusCode, new[] { HttpStatusCode.OK, HttpStatusCode.Conflict, HttpStatusCode.TooManyRequests }));
            var results = new List<string>();
            foreach (var upload in uploads.Where(u => u.StatusCode == HttpStatusCode.OK))
            {
                results.Add(JsonNode.Parse(await upload.Content.ReadAsStringAsync())!.ToJsonString());
            }

            foreach (var conflict in uploads.Where(u => u.StatusCode == HttpStatusCode.Conflict))
            {
                Assert.Contains(key, await conflict.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            }

            var inFlight = mutations.Where(m => m.Errors.Count > 0 && !m.ErrorCodes.Contains("TOO_MANY_IMPORTS")).ToList();
            Assert.All(inFlight, m => m.Refused("importDesignations", "IDEMPOTENCY_KEY_IN_FLIGHT"));
            results.AddRange(mutations.Where(m => m.Errors.Count == 0).Select(m => m.Data!["importDesignations"]!.ToJsonString()));
            Assert.Single(results.Distinct());
            sawConflict = uploads.Any(u => u.StatusCode == HttpStatusCode.Conflict);
            sawInFlight = inFlight.Count > 0;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Attempt {attempt + 1}: the uploads took {firstTook.TotalMilliseconds:F0} ms; {uploads.Count(u => u.StatusCode == HttpStatusCode.Conflict)} of {uploads.Length} uploads got 409, {inFlight.Count} of {mutations.Length} mutations IN_FLIGHT, {uploads.Count(u => u.StatusCode == HttpStatusCode.TooManyRequests)} uploads and {mutations.Count(m => m.ErrorCodes.Contains("TOO_MANY_IMPORTS"))} mutations TOO_MANY_IMPORTS."));

            // One of them made the change, once.
            var stored = await reader.StateAsync(P, Year);
            Assert.Equal(before.Version() + 1, stored.Version());
            Assert.Equal(Rows, stored.Designations());
            var replay = await Editor(P).ImportWithKeyAsync(P, Year, file, key);
            Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
            Assert.Equal("true", replay.Headers.GetValues("Idempotent-Replayed").Single());
            Assert.Equal(results[0], JsonNode.Parse(await replay.Content.ReadAsStringAsync())!.ToJsonString());
            Assert.Equal(stored.ToJsonString(), (await reader.StateAsync(P, Year)).ToJsonString());
        }

        Assert.True(sawConflict, "No retry over HTTP found the first import in flight (409).");
        Assert.True(sawInFlight, "No retry over GraphQL found the first import in flight (IDEMPOTENCY_KEY_IN_FLIGHT).");
    }

    /// <summary>A UTF-8 CSV of <paramref name="rows"/> clinics of <paramref name="prefecture"/>, codes counting from <paramref name="firstCode"/>.</summary>
    private static byte[] ImportCsv(string prefecture, int firstCode, int rows) => GraphQLImports.Csv([.. Enumerable.Range(firstCode, rows).Select(n => GraphQLImports.Row(
        string.Create(CultureInfo.InvariantCulture, $"{prefecture}{n:D8}"), prefecture, Year))]);

    private HttpClient Editor(string prefecture) => service.ClientFor(AppRoles.PrefectureEditor, prefecture);

    private Task<JsonNode> StateAsync(string prefecture, int year = Year) => service.ClientFor(AppRoles.MinistryAnalyst).StateAsync(prefecture, year);
}
