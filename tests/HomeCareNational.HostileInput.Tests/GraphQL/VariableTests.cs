using System.Net;

namespace HomeCareNational.HostileInput.Tests.GraphQL;

/// <summary>Variables no client should send: numbers out of range, JSON nested past reason, huge strings and lists.</summary>
[Collection(HostileService.Name)]
public sealed class VariableTests(ServiceFixture service)
{
    private const string FiscalYearQuery = "query($y: Int) { national(fiscalYear: $y) { version } }";

    private const string CodeQuery = "query($c: String!) { prefecture(code: $c) { version } }";

    private static readonly Dictionary<string, HostileRequest> Cases = new HostileRequest[]
    {
        OutOfRange("1e400"), OutOfRange("-1e400"), OutOfRange("1" + new string('0', 100)), OutOfRange("1" + new string('0', 100_000)),
        OutOfRange("0." + new string('1', 1000)), OutOfRange("1e99999999999"),
        Int("1e20"), Int("2147483648"), Int("-2147483649"), Int("1.5"), Int("1e-400"), Int("99999999999999999999999999999999999999999"),
        Int("\"2024\""), Int("true"), Int("[2024]"), Int("{\"y\":2024}"), Int("\"" + new string('9', 1 << 20) + "\""),
        new("variables: JSON nested 2,500 levels deep", Send.GraphQL(FiscalYearQuery, "{\"y\":" + new string('[', 2500) + new string(']', 2500) + "}"),
            HttpStatusCode.BadRequest, "BAD_REQUEST"),
        new("variables: an object nested 2,500 levels deep", Send.GraphQL(FiscalYearQuery, "{\"y\":" + string.Concat(Enumerable.Repeat("{\"a\":", 2500)) + "1" + new string('}', 2500) + "}"),
            HttpStatusCode.BadRequest, "BAD_REQUEST"),
        new("variables: not an object", Send.GraphQL(FiscalYearQuery, "[1,2,3]"), HttpStatusCode.BadRequest, "BAD_REQUEST"),
        new("variables: a list of 200,000 numbers", Send.GraphQL(FiscalYearQuery, "{\"y\":[" + string.Join(",", Enumerable.Repeat("1", 200_000)) + "]}"), HttpStatusCode.BadRequest, "BAD_REQUEST"),
        new("variables: 17 MB of them", Send.GraphQL(CodeQuery, "{\"c\":\"" + new string('3', 17 << 20) + "\"}"), HttpStatusCode.RequestEntityTooLarge, "REQUEST_TOO_LARGE") { Bound = TimeSpan.FromSeconds(1) },
    }.ToDictionary(c => c.Name);

    public static TheoryData<string> Names => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(Names))]
    public Task Is_refused_with_a_code_and_changes_nothing(string name) => new HostileCallers(service).AssertRefusedAsync(Cases[name]);

    private static HostileRequest OutOfRange(string json) =>
        new($"variables: {Shown(json)} for an Int, past every .NET number",
            Send.GraphQL(FiscalYearQuery, $"{{\"y\":{json}}}"), HttpStatusCode.BadRequest, "BAD_REQUEST");

    private static HostileRequest Int(string json) =>
        new($"variables: {Shown(json)} for an Int", Send.GraphQL(FiscalYearQuery, $"{{\"y\":{json}}}"), HttpStatusCode.BadRequest, "INVALID_VALUE");

    private static string Shown(string json) => json.Length > 20 ? json[..12] + $"… ({json.Length} characters)" : json;
}
