using GraphQL.Types;
using HomeCareNational.GraphQL;
using HomeCareNational.GraphQL.Authorization;
using HomeCareNational.Api.Tests.Subscriptions;
using HomeCareNational.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace HomeCareNational.Api.Tests.Authorization;

/// <summary>
/// The authorization matrix, generated from the schema: every role × every field that declares a policy × the
/// caller's own prefecture or another, over real HTTP with real tokens.
/// </summary>
[WritesRegisters(AccessProbes.Year, Own, Other)]
[WritesRegisters(AccessProbes.RecordYear, Own, Other)]
[WritesRegisters(AccessProbes.RecordYear + 1, Own)]
[OpensRound(AccessProbes.Year)]
[OpensRound(AccessProbes.RecordYear)]
[OpensRound(RoundProbes.OpenCloseYear)]
[Collection(ServiceCollection.Name)]
public sealed class AccessMatrixTests(ServiceFixture service) : IAsyncLifetime
{
    private static readonly SemaphoreSlim Preparing = new(1, 1);
    private static ServiceFixture? prepared;

    private const string Own = "33";
    private const string Other = "34";

    public static TheoryData<string, string, bool> Cases
    {
        get
        {
            var cases = new TheoryData<string, string, bool>();
            foreach (var probed in AccessProbes.All.Keys)
            {
                foreach (var role in AppRoles.Data)
                {
                    cases.Add(probed, role, true);
                    cases.Add(probed, role, false);
                }
            }

            return cases;
        }
    }

    /// <summary>Once per service: the register the record-level mutation probes work on, and the rounds of the round probes.</summary>
    public async Task InitializeAsync()
    {
        await Preparing.WaitAsync();
        try
        {
            if (prepared != service)
            {
                await AccessProbes.PrepareAsync(service.ClientFor(AppRoles.PrefectureEditor, Own), Own);
                await RoundProbes.PrepareAsync(service, Own, Other);
                prepared = service;
            }
        }
        finally
        {
            Preparing.Release();
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public void Every_root_field_declares_a_policy_and_every_field_with_a_policy_has_a_probe()
    {
        var schema = Schema();

        var undeclared = RootFields(schema).Where(f => f.Field.Policy() is null).Select(f => f.Path);
        var declared = PolicyFields(schema).Select(f => f.Path);

        Assert.Empty(undeclared);
        Assert.Equal(declared.Order(), AccessProbes.All.Keys.Order());
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Each_role_gets_exactly_the_access_the_matrix_grants(string field, string role, bool ownPrefecture)
    {
        var policy = PolicyFields(Schema()).Single(f => f.Path == field).Field.Policy()!;
        var probe = AccessProbes.All[field](ownPrefecture ? Own : Other);

        var client = service.ClientFor(role, IsPrefectureRole(role) ? Own : null);
        var response = field.StartsWith("Subscription.", StringComparison.Ordinal)
            ? await FirstResultAsync(client, probe)
            : await client.PostGraphQLAsync(probe.Query, probe.Variables);

        if (ExpectedAccess.IsAllowed(policy, role, ownPrefecture))
        {
            Assert.Empty(response.Errors);
        }
        else
        {
            var error = Assert.Single(response.Errors)!;
            Assert.Equal("FORBIDDEN", error["extensions"]!["code"]!.GetValue<string>());
            Assert.DoesNotContain(Other, error["message"]!.GetValue<string>());
            Assert.Null(Leaf(response, field));
        }
    }

    private HomeCareSchema Schema()
    {
        var schema = service.Services.GetRequiredService<HomeCareSchema>();
        schema.Initialize();
        return schema;
    }

    private static IEnumerable<(string Path, FieldType Field)> RootFields(HomeCareSchema schema) =>
        schema.Query.Fields.Select(f => ($"Query.{f.Name}", f))
            .Concat(schema.Mutation!.Fields.Select(f => ($"Mutation.{f.Name}", f)))
            .Concat(schema.Subscription!.Fields.Select(f => ($"Subscription.{f.Name}", f)));

    private static IEnumerable<(string Path, FieldType Field)> PolicyFields(HomeCareSchema schema) =>
        schema.AllTypes.OfType<IObjectGraphType>()
            .Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal))
            .SelectMany(t => t.Fields.Where(f => f.Policy() is not null).Select(f => ($"{t.Name}.{f.Name}", f)));

    /// <summary>A subscription's first result over the event stream, or the JSON error when it was refused before it started.</summary>
    private static async Task<GraphQLResponse> FirstResultAsync(HttpClient client, AccessProbes.Probe probe)
    {
        await using var stream = await EventStream.OpenAsync(client, probe.Query, probe.Variables);
        return stream.MediaType == "text/event-stream"
            ? await stream.NextResultAsync()
            : new GraphQLResponse(stream.Status, stream.MediaType, System.Text.Json.Nodes.JsonNode.Parse(await stream.ReadToEndAsync())!);
    }

    private static bool IsPrefectureRole(string role) => role is AppRoles.PrefectureEditor or AppRoles.PrefectureViewer;

    /// <summary>What the response holds for the probed field: a root field's value, or a nested field's under its root.</summary>
    private static System.Text.Json.Nodes.JsonNode? Leaf(GraphQLResponse response, string field)
    {
        var name = field[(field.IndexOf('.', StringComparison.Ordinal) + 1)..];
        var data = response.Data;
        return field.StartsWith("Prefecture.", StringComparison.Ordinal) ? data?["prefecture"]?[name] : data?[name];
    }
}
