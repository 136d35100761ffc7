using System.Net;
using System.Text.Json.Nodes;

namespace HomeCareNational.HostileInput.Tests.Mutations;

/// <summary>
/// Every mutation with out-of-range, empty, huge and control-character values, from the prefecture's own editor:
/// refused whole (by GraphQL's type rules with 400, by the domain with its <c>VALIDATION_FAILED</c> error), and nothing
/// written.
/// </summary>
[Collection(HostileService.Name)]
public sealed class MutationInputTests(ServiceFixture service)
{
    /// <summary>Text no field of the register accepts: empty, blank, far too long, with control characters.</summary>
    private static readonly (string Label, string Value)[] HostileTexts =
    [
        ("empty", ""),
        ("blank", "   "),
        ("10,000 characters", new string('長', 10_000)),
        ("a NUL", "a\u0000b"),
        ("a BEL", "a\u0007b"),
        ("a line break", "a\nb"),
    ];

    private static readonly (string Label, Action<JsonObject> Change, HttpStatusCode Status, string Code)[] HostileScopes =
    [
        ("another prefecture", v => v["p"] = "13", HttpStatusCode.BadRequest, "FORBIDDEN"),
        ("no such prefecture", v => v["p"] = "99", HttpStatusCode.BadRequest, "FORBIDDEN"),
        ("an empty prefecture", v => v["p"] = "", HttpStatusCode.BadRequest, "FORBIDDEN"),
        ("a prefecture with a NUL", v => v["p"] = "33\u0000", HttpStatusCode.BadRequest, "FORBIDDEN"),
        ("a prefecture of 10,000 characters", v => v["p"] = new string('3', 10_000), HttpStatusCode.BadRequest, "FORBIDDEN"),
        ("fiscal year 0", v => v["y"] = 0, HttpStatusCode.OK, "VALIDATION_FAILED"),
        ("fiscal year -1", v => v["y"] = -1, HttpStatusCode.OK, "VALIDATION_FAILED"),
        ("fiscal year 1900", v => v["y"] = 1900, HttpStatusCode.OK, "VALIDATION_FAILED"),
        ("fiscal year 2147483647", v => v["y"] = int.MaxValue, HttpStatusCode.OK, "VALIDATION_FAILED"),
        ("fiscal year 2147483648", v => v["y"] = 2147483648L, HttpStatusCode.BadRequest, "INVALID_VALUE"),
        ("fiscal year as a string", v => v["y"] = "2024", HttpStatusCode.BadRequest, "INVALID_VALUE"),
        ("no fiscal year", v => v.Remove("y"), HttpStatusCode.BadRequest, "INVALID_VALUE"),
    ];

    /// <summary>Lists naming one value twice, refused everywhere alike (the issue's 100,000 copies of one function among them).</summary>
    private static readonly HostileRequest[] Duplicates =
    [
        Request(HostileMutations.All[4], "functions listing one value twice", v => HostileMutation.Set(v, "functions", new JsonArray("END_OF_LIFE_CARE", "END_OF_LIFE_CARE")), HttpStatusCode.BadRequest, "VALIDATION_FAILED"),
        Request(HostileMutations.All[4], "functions listing every value twice", v => HostileMutation.Set(v, "functions", new JsonArray("DISCHARGE_SUPPORT", "DAILY_CARE_SUPPORT", "EMERGENCY_RESPONSE", "END_OF_LIFE_CARE", "DISCHARGE_SUPPORT", "DAILY_CARE_SUPPORT", "EMERGENCY_RESPONSE", "END_OF_LIFE_CARE")), HttpStatusCode.BadRequest, "VALIDATION_FAILED"),
        Request(HostileMutations.All[2], "functions listing one value 10,000 times", v => HostileMutation.Set(v, "0.functions", new JsonArray([.. Enumerable.Repeat<JsonNode?>(null, 10_000).Select(_ => (JsonNode)"DISCHARGE_SUPPORT")])), HttpStatusCode.BadRequest, "VALIDATION_FAILED"),
        Request(HostileMutations.All[2], "functions listing one value 100,000 times (2 MB)", v => HostileMutation.Set(v, "0.functions", new JsonArray([.. Enumerable.Repeat<JsonNode?>(null, 100_000).Select(_ => (JsonNode)"DISCHARGE_SUPPORT")])), HttpStatusCode.BadRequest, "BAD_REQUEST"),
        Request(HostileMutations.All[12], "attendees listing one category twice", v => HostileMutation.Set(v, "meetings.0.attendees", new JsonArray("MEDICAL", "MEDICAL")), HttpStatusCode.BadRequest, "VALIDATION_FAILED"),
        Request(HostileMutations.All[8], "areaIds listing one area twice", v => HostileMutation.Set(v, "areaIds", new JsonArray("hostile-area", "hostile-area")), HttpStatusCode.OK, "VALIDATION_FAILED"),
        Request(HostileMutations.All[10], "municipalityCodes listing one code twice", v => HostileMutation.Set(v, "municipalityCodes", new JsonArray("33101", "33101")), HttpStatusCode.OK, "VALIDATION_FAILED"),
        Request(HostileMutations.All[0], "two areas of one id", v => v["input"] = new JsonArray(HostileMutations.All[0].ValidInput()![0]!.DeepClone(), HostileMutations.All[0].ValidInput()![0]!.DeepClone()), HttpStatusCode.OK, "VALIDATION_FAILED"),
    ];

    private static readonly Dictionary<string, HostileRequest> Cases = Build().Concat(Duplicates).ToDictionary(c => c.Name);

    public static TheoryData<string> Names => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(Names))]
    public Task Is_refused_and_changes_nothing(string name) => new HostileCallers(service).AssertRefusedAsync(Cases[name]);

    private static IEnumerable<HostileRequest> Build()
    {
        foreach (var mutation in HostileMutations.All)
        {
            foreach (var (label, change, status, code) in HostileScopes)
            {
                yield return Request(mutation, label, change, status, code);
            }

            foreach (var field in mutation.TextFields)
            {
                foreach (var (label, value) in HostileTexts)
                {
                    yield return Request(mutation, $"{(field.Length == 0 ? "its argument" : field)} {label}",
                        v => HostileMutation.Set(v, field, value), HttpStatusCode.OK, "VALIDATION_FAILED");
                }
            }
        }
    }

    private static HostileRequest Request(HostileMutation mutation, string label, Action<JsonObject> change, HttpStatusCode status, string code) =>
        new($"{mutation.Name}: {label}", Send.GraphQL(mutation.Document, mutation.Variables(change).ToJsonString(), c => c.Editor), status, code);
}
