using System.Text.Json.Nodes;
using HomeCareNational.Identity;
using HomeCareNational.Identity.Development;
using Microsoft.IdentityModel.JsonWebTokens;
using static Microsoft.Playwright.Assertions;

namespace HomeCareNational.EndToEnd.Tests.Dashboard;

/// <summary>
/// The dashboard shows each role exactly what the API lets it read: a Dashboard.Reader signs in through the
/// development sign-in and sends nothing but persisted documents; a prefecture viewer sees its own detail and is told
/// the rest is not for it; an expired token leads back to sign-in.
/// </summary>
[Collection(DashboardCollection.Name)]
public sealed class DashboardAccessTests(BrowserFixture fixture)
{
    [Fact]
    public async Task A_dashboard_reader_signs_in_sees_the_aggregates_and_sends_only_persisted_documents()
    {
        await using var session = await DashboardSession.OpenAsync(fixture, token: null);
        var page = session.Page;

        await session.GoAsync("#/board");
        await Expect(page.Locator("#signin-development")).ToBeVisibleAsync();
        Assert.Empty(await session.SeriousAccessibilityViolationsAsync());
        await session.ScreenshotAsync("signin");
        await page.SelectOptionAsync("#signin-role", AppRoles.DashboardReader);
        await page.ClickAsync("#signin-submit");

        // Back where it was going: the board, which the reader may not see, says so.
        await Expect(page.Locator(".refused")).ToContainTextAsync("権限がありません");
        await page.ClickAsync("#main-nav a[data-route=national]");
        using var reader = DashboardSession.ClientWith(fixture, fixture.TokenFor(AppRoles.DashboardReader));
        var national = (await DashboardSession.QueryAsync(reader, "dashboardNational", new { fiscalYear = (int?)null }))["national"]!;
        await Expect(page.Locator("[data-tile=total]")).ToHaveTextAsync(DashboardSession.Count(national["designations"]!["total"]!.GetValue<long>()));
        await page.ClickAsync("#main-nav a[data-route=map]");
        await Expect(page.Locator(".tile-map a")).ToHaveCountAsync(47);
        await page.ClickAsync(".tile-map a[data-code='33']");
        await Expect(page.Locator("[data-tile=total]")).ToBeVisibleAsync();
        await Expect(page.Locator("#prefecture-detail .refused")).ToContainTextAsync("詳細を見る権限がありません");
        await page.ClickAsync("#main-nav a[data-route=trend]");
        await Expect(page.Locator("#trend-table tbody tr")).ToHaveCountAsync(12);

        var bodies = session.GraphQLRequests.Select(b => JsonNode.Parse(b)!.AsObject()).ToList();
        Assert.NotEmpty(bodies);
        Assert.All(bodies, body =>
        {
            Assert.StartsWith("dashboard", body["documentId"]!.GetValue<string>(), StringComparison.Ordinal);
            Assert.False(body.ContainsKey("query"), body.ToJsonString());
        });
        Assert.Contains(bodies, b => b["documentId"]!.GetValue<string>() == "dashboardNationalLive");
        Assert.Contains(bodies, b => b["documentId"]!.GetValue<string>() == "dashboardPrefectureLive");
    }

    [Fact]
    public async Task A_prefecture_viewer_sees_its_own_detail_and_not_another_prefectures()
    {
        await using var session = await DashboardSession.OpenAsync(fixture, fixture.TokenFor(AppRoles.PrefectureViewer, "33"));
        var page = session.Page;

        await session.GoAsync("#/prefecture/13");
        await Expect(page.Locator("h1")).ToContainTextAsync("東京都");
        await Expect(page.Locator("#prefecture-detail .refused")).ToContainTextAsync("詳細を見る権限がありません");
        await Expect(page.Locator("#review-list")).ToHaveCountAsync(0);

        await session.GoAsync("#/prefecture/33");
        await Expect(page.Locator("h1")).ToContainTextAsync("岡山県");
        await Expect(page.Locator("#areas tbody tr").First).ToBeVisibleAsync();
        await Expect(page.Locator("#prefecture-detail .refused")).ToHaveCountAsync(0);

        await session.GoAsync("#/board");
        await Expect(page.Locator("#submission-board tr[data-code='13'] [data-column=complete]")).ToHaveTextAsync("権限なし");
        await Expect(page.Locator("#submission-board tr[data-code='33'] [data-column=lastChangeBy]")).Not.ToBeEmptyAsync();
        Assert.Empty(await session.SeriousAccessibilityViolationsAsync());
    }

    [Fact]
    public async Task An_expired_token_leads_back_to_sign_in()
    {
        // Signed properly but expired ten minutes ago, past the validator's five minutes of clock skew; the page
        // believes it still valid, so only the API's 401 can send it back.
        var descriptor = fixture.Tokens.Describe(new DevelopmentTokenRequest(AppRoles.MinistryAnalyst));
        var now = DateTime.UtcNow;
        descriptor.IssuedAt = now.AddMinutes(-70);
        descriptor.NotBefore = now.AddMinutes(-70);
        descriptor.Expires = now.AddMinutes(-10);
        var expired = new JsonWebTokenHandler().CreateToken(descriptor);
        await using var session = await DashboardSession.OpenAsync(fixture, expired, expiresOn: DateTimeOffset.UtcNow.AddHours(1));

        await session.GoAsync("#/national");

        await Expect(session.Page.Locator("#signin-message")).ToHaveTextAsync("サインインの有効期限が切れました。もう一度サインインしてください。");
        await Expect(session.Page.Locator("#signin-development")).ToBeVisibleAsync();
        Assert.Matches("#/signin", session.Page.Url);
    }
}
