using System.Net;
using System.Text.Json.Nodes;
using HomeCareNational.Identity;

namespace HomeCareNational.Api.Tests;

/// <summary>Prefectures submit their register over GraphQL; bad input changes nothing. Uses a year the class claims whole, so the national totals it reads are its own.</summary>
[WritesRegisters(Year)]
[Collection(ServiceCollection.Name)]
public sealed class SubmissionTests(ServiceFixture service)
{
    private const int Year = 2026;

    [Fact]
    public async Task A_valid_register_is_accepted_and_reaches_the_national_totals()
    {
        await SubmitAreasAsync("31", "31201");
        var response = await EditorOf("31").PostGraphQLAsync(RegisterRequests.SubmitDesignations, new
        {
            prefecture = "31",
            year = Year,
            institutions = new[]
            {
                RegisterRequests.Institution("3111234567", "ENHANCED_HOME_CARE_SUPPORT_CLINIC", "31201"),
                RegisterRequests.Institution("TOTTORI-VNS-1", "VISITING_NURSE_STATION", "31201"),
            },
        });

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Empty(response.Errors);
        var totals = response.Data!["submitDesignations"]!["designations"]!;
        Assert.Equal(2, totals["total"]!.GetValue<int>());
        Assert.Equal(1, totals["nonClinical"]!.GetValue<int>());

        var national = await NationalAsync();
        Assert.Equal(2, national["designations"]!["total"]!.GetValue<int>());
        Assert.Equal(1, national["designations"]!["clinical"]!.GetValue<int>());
    }

    [Fact]
    public async Task Invalid_designations_get_one_VALIDATION_FAILED_error_per_bad_field_and_change_nothing()
    {
        await SubmitAreasAsync("32", "32201");
        var before = await NationalAsync();

        var response = await EditorOf("32").PostGraphQLAsync(RegisterRequests.SubmitDesignations, new
        {
            prefecture = "32",
            year = Year,
            institutions = new[]
            {
                RegisterRequests.Institution("3211234567", "CLINIC", "32201"),
                RegisterRequests.Institution("12", "CLINIC", "99999"),
            },
        });

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Null(response.Data!["submitDesignations"]);
        Assert.All(response.ErrorCodes, code => Assert.Equal("VALIDATION_FAILED", code));
        var fields = response.Errors.Select(e => e!["extensions"]!["field"]!.GetValue<string>()).Order().ToList();
        Assert.Equal(["institutions[1].institutionCode", "institutions[1].municipalityCode"], fields);
        var municipality = response.Errors.Single(e => e!["extensions"]!["field"]!.GetValue<string>().EndsWith("municipalityCode", StringComparison.Ordinal))!;
        Assert.Contains("99999", municipality["message"]!.GetValue<string>());
        Assert.Equal("""["institutions",1,"municipalityCode"]""", municipality["extensions"]!["inputPath"]!.ToJsonString());
        Assert.Equal(["submitDesignations"], municipality["path"]!.AsArray().Select(p => p!.GetValue<string>()));

        Assert.Equal(before.ToJsonString(), (await NationalAsync()).ToJsonString());
    }

    [Fact]
    public async Task An_unknown_enum_value_is_refused_before_execution()
    {
        var before = await NationalAsync();

        var response = await EditorOf("35").PostGraphQLAsync(RegisterRequests.SubmitDesignations, new
        {
            prefecture = "35",
            year = Year,
            institutions = new[] { RegisterRequests.Institution("3511234567", "HOUMON_KANGO", "35201") },
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Null(response.Data);
        Assert.Contains("HOUMON_KANGO", response.Errors[0]!["message"]!.GetValue<string>());
        Assert.Equal(before.ToJsonString(), (await NationalAsync()).ToJsonString());
    }

    [Fact]
    public async Task Submitting_for_an_unknown_prefecture_is_forbidden_like_any_other_prefecture()
    {
        var response = await EditorOf("33").PostGraphQLAsync(RegisterRequests.SubmitDesignations, new { prefecture = "00", year = Year, institutions = Array.Empty<object>() });

        Assert.Equal("FORBIDDEN", Assert.Single(response.ErrorCodes));
        Assert.Null(response.Data);
    }

    private Task SubmitAreasAsync(string prefecture, string municipality) => EditorOf(prefecture).SubmitAreasAsync(prefecture, Year, municipality);

    private Task<JsonNode> NationalAsync() => service.ClientFor(AppRoles.MinistryAnalyst).NationalAsync(Year);

    private HttpClient EditorOf(string prefecture) => service.ClientFor(AppRoles.PrefectureEditor, prefecture);
}
