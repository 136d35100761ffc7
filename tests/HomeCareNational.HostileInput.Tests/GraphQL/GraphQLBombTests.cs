using System.Net;

namespace HomeCareNational.HostileInput.Tests.GraphQL;

/// <summary>Documents built to cost far more than they weigh: each is refused before it executes, fast, and changes nothing.</summary>
[Collection(HostileService.Name)]
public sealed class GraphQLBombTests(ServiceFixture service)
{
    private static readonly Dictionary<string, HostileRequest> Cases = new HostileRequest[]
    {
        new("aliases: 31 copies of one field", Send.GraphQL(Document.Aliases(31, "version")), HttpStatusCode.BadRequest, "TOO_MANY_ALIASES"),
        new("aliases: 1,000 copies of one field", Send.GraphQL(Document.Aliases(1000, "version")), HttpStatusCode.BadRequest, "TOO_MANY_ALIASES"),
    }.ToDictionary(c => c.Name);

    public static TheoryData<string> Names => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(Names))]
    public Task Is_refused_fast_and_changes_nothing(string name) => new HostileCallers(service).AssertRefusedAsync(Cases[name]);
}
