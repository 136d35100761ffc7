using System.Collections.Concurrent;
using HomeCareNational.Identity;
using static Microsoft.Playwright.Assertions;

namespace HomeCareNational.EndToEnd.Tests;

public sealed class GraphiQLTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const string Query = "{ national(fiscalYear: 2024) { designations { total } } }";

    /// <summary>Where the test leaves what the browser showed, for a person to look at.</summary>
    private static readonly string ScreenshotPath = Path.Combine(Path.GetTempPath(), "homecare-graphiql.png");

    [Fact]
    public async Task An_analyst_pastes_a_token_runs_a_query_and_sees_the_national_total()
    {
        await using var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1400, Height = 800 },
        });
        var requested = new ConcurrentBag<Uri>();
        context.Request += (_, request) => requested.Add(new Uri(request.Url));
        var policyViolations = new ConcurrentBag<string>();
        var page = await context.NewPageAsync();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                policyViolations.Add(message.Text);
            }
        };

        await page.GotoAsync(new Uri(fixture.BaseAddress, "/graphiql").ToString());
        await page.FillAsync("#homecare-token", fixture.TokenFor(AppRoles.MinistryAnalyst));
        // The schema arrives by introspection with the pasted token, within the service's limits.
        await page.ClickAsync("button[aria-label='Show Documentation Explorer']");
        await Expect(page.Locator(".graphiql-doc-explorer")).ToContainTextAsync("Root Types");
        await page.EvaluateAsync("query => document.querySelector('.graphiql-query-editor .CodeMirror').CodeMirror.setValue(query)", Query);
        await page.ClickAsync(".graphiql-execute-button");

        await Expect(page.Locator(".result-window")).ToContainTextAsync("11309");
        await Expect(page.Locator(".result-window")).Not.ToContainTextAsync("errors");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = ScreenshotPath });
        Assert.Equal(["127.0.0.1"], requested.Where(u => u.Scheme != "data").Select(u => u.Host).Distinct());
        Assert.Empty(policyViolations);
    }

    [Fact]
    public async Task The_page_loads_without_a_token_and_allows_only_its_own_origin()
    {
        using var client = new HttpClient { BaseAddress = fixture.BaseAddress };

        using var response = await client.GetAsync(new Uri("/graphiql", UriKind.Relative));

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("script-src 'self';", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("http", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe", policy, StringComparison.Ordinal);
    }
}
