using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ClosedXML.Excel;
using HomeCareNational.Api.Tests.Authentication;
using HomeCareNational.Identity;

namespace HomeCareNational.Api.Tests.Dashboard;

/// <summary>
/// The dashboard's own endpoints over real HTTP: its configuration, the development sign-in (and its refusal in
/// Production), and the .xlsx of a table the page holds.
/// </summary>
[Collection(ServiceCollection.Name)]
public sealed class DashboardEndpointTests(ServiceFixture service, ProductionServiceFixture production) : IClassFixture<ProductionServiceFixture>
{
    private static readonly object Board = new
    {
        sheet = "提出状況",
        columns = new[] { "コード", "都道府県", "警告" },
        rows = new object?[][] { ["33", "岡山県", 2], ["13", "=HYPERLINK(\"x\")", null] },
    };

    [Fact]
    public async Task The_page_loads_without_a_token_and_allows_its_own_origin_and_the_Entra_authority_only()
    {
        using var client = new HttpClient { BaseAddress = service.BaseAddress };

        using var response = await client.GetAsync(new Uri("/dashboard", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self';", policy, StringComparison.Ordinal);
        Assert.Contains("style-src 'self';", policy, StringComparison.Ordinal);
        Assert.Contains("connect-src 'self' https://login.microsoftonline.com;", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe", policy, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/dashboard/echarts.min.js", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/dashboard/msal-browser.min.js", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task The_configuration_offers_the_development_sign_in_and_names_the_demo_data_where_both_are_on()
    {
        using var client = new HttpClient { BaseAddress = service.BaseAddress };

        var config = (await client.GetFromJsonAsync<JsonObject>(new Uri("/dashboard/config.json", UriKind.Relative)))!;

        Assert.True(config["developmentSignIn"]!.GetValue<bool>());
        Assert.Contains("SYNTHETIC", config["demoDataLabel"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(47, config["prefectures"]!.AsArray().Count);
        Assert.StartsWith("https://login.microsoftonline.com/organizations", config["entra"]!["authority"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal($"api://{TestIdentity.ClientId}/access_as_user", config["entra"]!["scopes"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task The_development_sign_in_hands_out_a_token_the_API_accepts_for_that_prefecture()
    {
        using var client = new HttpClient { BaseAddress = service.BaseAddress };

        using var issued = await client.PostAsJsonAsync(new Uri("/dashboard/development-token", UriKind.Relative), new { role = AppRoles.PrefectureViewer, prefectureCode = "33" });
        var token = (await issued.Content.ReadFromJsonAsync<JsonObject>())!["accessToken"]!.GetValue<string>();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new { query = "{ own: prefecture(code: \"33\") { register { status { isComplete } } } other: prefecture(code: \"13\") { register { status { isComplete } } } }" }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var answer = await client.SendAsync(request);
        var body = (await answer.Content.ReadFromJsonAsync<JsonObject>())!;

        Assert.Equal(HttpStatusCode.OK, issued.StatusCode);
        Assert.NotNull(body["data"]!["own"]!["register"]);
        Assert.Null(body["data"]!["other"]!["register"]);
        Assert.Equal("FORBIDDEN", body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("Operations", null, "role")]
    [InlineData("Superuser", null, "role")]
    [InlineData("Prefecture.Editor", null, "prefecture")]
    [InlineData("Prefecture.Editor", "99", "'99' is not a prefecture code")]
    [InlineData("Ministry.Analyst", "33", "takes no prefecture")]
    public async Task The_development_sign_in_refuses_what_no_caller_could_hold_naming_it(string role, string? prefectureCode, string named)
    {
        using var client = new HttpClient { BaseAddress = service.BaseAddress };

        using var response = await client.PostAsJsonAsync(new Uri("/dashboard/development-token", UriKind.Relative), new { role, prefectureCode });
        var problem = (await response.Content.ReadFromJsonAsync<JsonObject>())!;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("INVALID_SIGN_IN", problem["code"]!.GetValue<string>());
        Assert.Contains(named, problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_Production_there_is_no_development_sign_in()
    {
        using var client = new HttpClient { BaseAddress = production.BaseAddress };

        using var response = await client.PostAsJsonAsync(new Uri("/dashboard/development-token", UriKind.Relative), new { role = AppRoles.MinistryAnalyst });
        var config = (await client.GetFromJsonAsync<JsonObject>(new Uri("/dashboard/config.json", UriKind.Relative)))!;

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.False(config["developmentSignIn"]!.GetValue<bool>());
        Assert.Null(config["demoDataLabel"]);
    }

    [Fact]
    public async Task A_table_comes_back_as_a_workbook_with_numbers_as_numbers_and_formulas_as_text()
    {
        using var response = await service.ClientFor(AppRoles.DashboardReader, app: true).PostAsJsonAsync(new Uri("/dashboard/table.xlsx", UriKind.Relative), Board);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        using var workbook = new XLWorkbook(await response.Content.ReadAsStreamAsync());
        var sheet = workbook.Worksheet("提出状況");

        Assert.Equal("コード", sheet.Cell(1, 1).GetString());
        Assert.Equal("岡山県", sheet.Cell(2, 2).GetString());
        Assert.Equal(2, sheet.Cell(2, 3).GetDouble());
        Assert.False(sheet.Cell(3, 2).HasFormula);
        Assert.Equal("=HYPERLINK(\"x\")", sheet.Cell(3, 2).GetString());
        Assert.True(sheet.Cell(3, 3).IsEmpty());
    }

    [Fact]
    public async Task A_workbook_needs_a_signed_in_caller()
    {
        using var client = new HttpClient { BaseAddress = service.BaseAddress };

        using var response = await client.PostAsJsonAsync(new Uri("/dashboard/table.xlsx", UriKind.Relative), Board);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("null", "body")]
    [InlineData("""{"sheet":"a/b","columns":["x"],"rows":[]}""", "sheet")]
    [InlineData("""{"sheet":"s","columns":[],"rows":[]}""", "columns")]
    [InlineData("""{"sheet":"s","columns":["x"]}""", "rows")]
    [InlineData("""{"sheet":"s","columns":["x","y"],"rows":[["1"]]}""", "rows[0]")]
    [InlineData("""{"sheet":"s","columns":["x"],"rows":[[{"a":1}]]}""", "rows[0]")]
    public async Task A_table_that_cannot_be_written_is_refused_naming_the_field(string body, string field)
    {
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");

        using var response = await service.ClientFor(AppRoles.MinistryAnalyst).PostAsync(new Uri("/dashboard/table.xlsx", UriKind.Relative), content);
        var problem = (await response.Content.ReadFromJsonAsync<JsonObject>())!;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("INVALID_TABLE", problem["code"]!.GetValue<string>());
        Assert.StartsWith(field + ":", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }
}
