using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;

namespace HomeCareNational.EndToEnd.Tests.Dashboard;

/// <summary>
/// One browser tab on the dashboard, signed in with a token of the test's choosing (as the page keeps it after a
/// sign-in), recording every request the page sends to <c>/graphql</c>.
/// </summary>
public sealed class DashboardSession : IAsyncDisposable
{
    /// <summary>Where the page keeps its sign-in (session.js).</summary>
    public const string StorageKey = "homecare.dashboard.session";

    private static readonly CultureInfo Japanese = CultureInfo.GetCultureInfo("ja-JP");

    private readonly IBrowserContext context;

    private DashboardSession(IBrowserContext context, IPage page)
    {
        this.context = context;
        Page = page;
        page.Request += (_, request) =>
        {
            if (new Uri(request.Url).AbsolutePath == "/graphql")
            {
                GraphQLRequests.Add(request.PostData ?? "");
            }
        };
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                ConsoleErrors.Add(message.Text);
            }
        };
    }

    public IPage Page { get; }

    /// <summary>The bodies of the page's requests to /graphql.</summary>
    public ConcurrentBag<string> GraphQLRequests { get; } = [];

    public ConcurrentBag<string> ConsoleErrors { get; } = [];

    /// <summary>A tab that is signed in with <paramref name="token"/> (or not signed in at all).</summary>
    public static async Task<DashboardSession> OpenAsync(BrowserFixture fixture, string? token, DateTimeOffset? expiresOn = null)
    {
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = fixture.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1400, Height = 900 },
            Locale = "ja-JP",
            TimezoneId = "Asia/Tokyo",
        });
        if (token is not null)
        {
            var session = JsonSerializer.Serialize(new { via = "development", accessToken = token, expiresOn = expiresOn ?? DateTimeOffset.UtcNow.AddHours(1), label = "test" });
            // Only when the tab holds no sign-in yet, so signing out in a test stays signed out.
            await context.AddInitScriptAsync($"if (!sessionStorage.getItem('{StorageKey}')) sessionStorage.setItem('{StorageKey}', {JsonSerializer.Serialize(session)});");
        }

        return new DashboardSession(context, await context.NewPageAsync());
    }

    public async Task GoAsync(string route) => await Page.GotoAsync($"/dashboard{route}");

    /// <summary>axe-core's serious and critical findings on what the page shows now.</summary>
    public async Task<IReadOnlyList<string>> SeriousAccessibilityViolationsAsync()
    {
        var result = await Page.RunAxe();
        return [.. result.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Html).Take(3))})")];
    }

    /// <summary>Writes what the page shows to docs/dashboard-<paramref name="view"/>.png, for docs/dashboard.md and the README.</summary>
    public Task ScreenshotAsync(string view) =>
        Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RepositoryRoot(), "docs", $"dashboard-{view}.png"), FullPage = true });

    public static string Count(long n) => n.ToString("N0", Japanese) + " 件";

    public static string Share(double x) => (x * 100).ToString("F1", Japanese) + " %";

    /// <summary>What the API answers for a persisted document, called as <paramref name="client"/>.</summary>
    public static async Task<JsonNode> QueryAsync(HttpClient client, string documentId, object variables)
    {
        using var content = JsonContent(new { documentId, variables });
        using var response = await client.PostAsync(new Uri("/graphql", UriKind.Relative), content);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["data"]!;
    }

    public static HttpClient ClientWith(BrowserFixture fixture, string token)
    {
        var client = new HttpClient { BaseAddress = fixture.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public static StringContent JsonContent(object body) => new(JsonSerializer.Serialize(body), System.Text.Encoding.UTF8, "application/json");

    public async ValueTask DisposeAsync() => await context.DisposeAsync();

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "HomeCareNational.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (HomeCareNational.sln) is not above " + AppContext.BaseDirectory);
    }
}
