using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using HomeCareNational.Api.Tests.Import;
using HomeCareNational.Host;
using HomeCareNational.Identity;
using HomeCareNational.Identity.Development;
using Microsoft.Extensions.Options;

namespace HomeCareNational.Api.Tests.Mutations;

/// <summary>
/// An instance of the service whose imports take at most <see cref="MaxRows"/> data rows
/// (<c>--HomeCare:Import:MaxRows=5</c>): its own empty Azurite, no demo data.
/// </summary>
public sealed class FiveRowImportServiceFixture : IAsyncLifetime
{
    public const int MaxRows = 5;

    /// <summary>The prefecture whose editor <see cref="Editor"/> calls as.</summary>
    public const string Prefecture = "25";

    private TestService? _service;

    public HttpClient Editor { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _service = await TestService.StartAsync(
            "Testing",
            [
                .. TestService.DevelopmentIssuer(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))),
                string.Create(CultureInfo.InvariantCulture, $"--HomeCare:Import:MaxRows={MaxRows}"),
            ]);
        var token = _service.Tokens.Issue(new DevelopmentTokenRequest(AppRoles.PrefectureEditor, Prefecture, false, TimeSpan.FromHours(1)));
        Editor = new HttpClient { BaseAddress = _service.BaseAddress };
        Editor.DefaultRequestHeaders.Authorization = new("Bearer", token);
    }

    public async Task DisposeAsync()
    {
        Editor?.Dispose();
        if (_service is not null)
        {
            await _service.DisposeAsync();
        }
    }
}

/// <summary>The import's limits come from configuration (section <c>HomeCare:Import</c>), checked when the service starts.</summary>
public sealed class ImportLimitsTests(FiveRowImportServiceFixture service) : IClassFixture<FiveRowImportServiceFixture>
{
    private const string P = FiveRowImportServiceFixture.Prefecture;
    private const int Year = 2046;
    private const string RowLimit = "データ行が上限の 5 行を超えています";

    [Fact]
    public async Task A_file_over_the_configured_row_limit_is_refused_over_HTTP_and_GraphQL_and_one_at_the_limit_is_accepted()
    {
        var sixRows = Rows(6);

        var upload = await service.Editor.ImportAsync(P, Year, sixRows);
        var mutation = await service.Editor.PostGraphQLAsync(GraphQLImports.ImportDesignations, GraphQLImports.Variables(P, Year, sixRows, "register.csv"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, upload.StatusCode);
        var uploadError = Assert.Single(JsonNode.Parse(await upload.Content.ReadAsStringAsync())!["errors"]!.AsArray())!;
        Assert.Equal(RowLimit, uploadError["message"]!.GetValue<string>());
        Assert.Equal("IMPORT_REJECTED", Assert.Single(mutation.ErrorCodes));
        Assert.Equal(RowLimit, mutation.Errors[0]!["message"]!.GetValue<string>());
        Assert.Null(mutation.Data!["importDesignations"]);

        var atTheLimit = await service.Editor.ImportAsync(P, Year, Rows(5));
        Assert.Equal(HttpStatusCode.OK, atTheLimit.StatusCode);
        Assert.Equal(5, JsonNode.Parse(await atTheLimit.Content.ReadAsStringAsync())!["totals"]!["total"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("MaxRows", "0")]
    [InlineData("MaxSheetRows", "20000")]
    [InlineData("MaxSheetRows", "2000000")]
    [InlineData("MaxSheetColumns", "11")]
    [InlineData("MaxSheetColumns", "16385")]
    [InlineData("MaxCells", "0")]
    [InlineData("MaxTextChars", "0")]
    [InlineData("MaxStyles", "0")]
    [InlineData("MaxConcurrentImports", "0")]
    [InlineData("MaxConcurrentImports", "17")]
    [InlineData("MaxQueuedImports", "-1")]
    [InlineData("ImportRetryAfterSeconds", "0")]
    public async Task A_bad_import_limit_stops_the_service_at_start_naming_the_key(string key, string value)
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(async () =>
        {
            await using var app = HomeCareApp.Build(
            [
                "--HomeCare:Storage:ConnectionString=UseDevelopmentStorage=true",
                .. TestIdentity.Arguments(),
                $"--HomeCare:Import:{key}={value}",
            ]);
            await app.StartAsync();
        });

        Assert.Contains($"Configuration key 'HomeCare:Import:{key}' is {value}", error.Message, StringComparison.Ordinal);
    }

    private static byte[] Rows(int count) => GraphQLImports.Csv([.. Enumerable.Range(1, count).Select(n => GraphQLImports.Row(
        string.Create(CultureInfo.InvariantCulture, $"{P}{n:D8}"), P, Year))]);
}
