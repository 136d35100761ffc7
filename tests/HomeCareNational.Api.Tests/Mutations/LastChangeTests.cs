using HomeCareNational.Identity;

namespace HomeCareNational.Api.Tests.Mutations;

/// <summary>The register's last change: when, by whom, which mutation. Uses 熊本県 (43), the register of the class's claim.</summary>
[WritesRegisters(Year, Kumamoto)]
[Collection(ServiceCollection.Name)]
public sealed class LastChangeTests(ServiceFixture service)
{
    private const string Kumamoto = "43";
    private const int Year = 2031;

    private const string LastChange = """
        query ($code: String!, $year: Int!) {
          prefecture(code: $code, fiscalYear: $year) { register { lastChange { version at operation by { role prefectureCode isApplication } } } }
        }
        """;

    [Fact]
    public async Task The_last_change_names_its_version_mutation_and_author()
    {
        var editor = service.ClientFor(AppRoles.PrefectureEditor, Kumamoto);
        var started = DateTimeOffset.UtcNow;
        await editor.SubmitAreasAsync(Kumamoto, Year, "43201");
        (await editor.MutateAsync("retireHomeCareArea", Kumamoto, Year, null, MutationArgument.AreaId("A1"))).Accepted("retireHomeCareArea");

        var response = await service.ClientFor(AppRoles.MinistryAnalyst).PostGraphQLAsync(LastChange, new { code = Kumamoto, year = Year });

        Assert.Empty(response.Errors);
        var last = response.Data!["prefecture"]!["register"]!["lastChange"]!;
        Assert.Equal((2, "retireHomeCareArea"), (last["version"]!.GetValue<int>(), last["operation"]!.GetValue<string>()));
        Assert.Equal((AppRoles.PrefectureEditor, Kumamoto, false), (last["by"]!["role"]!.GetValue<string>(), last["by"]!["prefectureCode"]!.GetValue<string>(), last["by"]!["isApplication"]!.GetValue<bool>()));
        Assert.InRange(last["at"]!.GetValue<DateTimeOffset>(), started, DateTimeOffset.UtcNow);
    }
}
