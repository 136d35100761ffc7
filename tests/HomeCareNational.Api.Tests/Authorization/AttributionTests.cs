using HomeCareNational.Identity;

namespace HomeCareNational.Api.Tests.Authorization;

/// <summary>Every accepted write is recorded with who made it, from the caller's token.</summary>
[WritesRegisters(UserYear, Tokushima)]
[WritesRegisters(AppYear, Tokushima)]
[Collection(ServiceCollection.Name)]
public sealed class AttributionTests(ServiceFixture service)
{
    private const string Tokushima = "36";

    /// <summary>The years of the user's write and the application's, apart so each reads back only its own revision.</summary>
    private const int UserYear = 2029;
    private const int AppYear = 2030;

    private static readonly string SubmitAreas = $$"""
        mutation ($year: Int!) { submitHomeCareAreas(prefecture: "{{Tokushima}}", fiscalYear: $year, areas: []) { version } }
        """;

    private static readonly string Changes = $$"""
        query ($year: Int!) { prefecture(code: "{{Tokushima}}", fiscalYear: $year) {
            revisions { edges { node { version operation by { objectId displayName tenantId prefectureCode role isApplication clientAppId } } } } } }
        """;

    [Theory]
    [InlineData(false, UserYear)]
    [InlineData(true, AppYear)]
    public async Task An_accepted_write_records_the_calling_user_or_application(bool app, int year)
    {
        var wrote = await service.ClientFor(AppRoles.PrefectureEditor, Tokushima, app).PostGraphQLAsync(SubmitAreas, new { year });
        Assert.Empty(wrote.Errors);

        var response = await service.ClientFor(AppRoles.MinistryAnalyst).PostGraphQLAsync(Changes, new { year });

        Assert.Empty(response.Errors);
        var change = Assert.Single(response.Data!["prefecture"]!["revisions"]!["edges"]!.AsArray())!["node"]!;
        Assert.Equal("submitHomeCareAreas", change["operation"]!.GetValue<string>());
        var by = change["by"]!;
        var caller = service.CallerFor(AppRoles.PrefectureEditor, Tokushima, app);
        Assert.Equal(caller.ObjectId, by["objectId"]!.GetValue<string>());
        Assert.Equal(caller.DisplayName, by["displayName"]!.GetValue<string>());
        Assert.Equal(caller.TenantId, by["tenantId"]!.GetValue<string>());
        Assert.Equal(Tokushima, by["prefectureCode"]!.GetValue<string>());
        Assert.Equal(AppRoles.PrefectureEditor, by["role"]!.GetValue<string>());
        Assert.Equal(app, by["isApplication"]!.GetValue<bool>());
        Assert.Equal(caller.ClientAppId, by["clientAppId"]!.GetValue<string>());
    }
}
