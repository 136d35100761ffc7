using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using HomeCareNational.Host.Health;
using Xunit.Abstractions;

namespace HomeCareNational.Api.Tests.Health;

/// <summary>
/// The health endpoints over real HTTP, without a token, on a service whose own Azurite (on disk) is stopped with
/// SIGINT and restarted on the same port while the service keeps running.
/// </summary>
public sealed class HealthEndpointsTests(ITestOutputHelper output) : IAsyncLifetime
{
    /// <summary>The bound the issue sets for ready to notice an outage, and to notice storage back.</summary>
    private static readonly TimeSpan NoticeWithin = TimeSpan.FromSeconds(10);

    private TestService? _service;
    private HttpClient? _anonymous;

    private HttpClient Anonymous => _anonymous ?? throw new InvalidOperationException("The service has not been started.");

    public async Task InitializeAsync()
    {
        _service = await TestService.StartOnDiskAsync("Testing");
        _anonymous = new HttpClient { BaseAddress = _service.BaseAddress };
    }

    public async Task DisposeAsync()
    {
        _anonymous?.Dispose();
        if (_service is not null)
        {
            await _service.DisposeAsync();
        }
    }

    [Fact]
    public async Task Live_and_ready_answer_200_without_a_token_with_each_check_status_and_duration()
    {
        var (liveStatus, live) = await GetAsync(HealthEndpoints.LivePath);
        var (readyStatus, ready) = await GetAsync(HealthEndpoints.ReadyPath);

        Assert.Equal(HttpStatusCode.OK, liveStatus);
        Assert.Equal("Healthy", live["status"]!.GetValue<string>());
        Assert.Empty(live["checks"]!.AsObject());
        Assert.Equal(HttpStatusCode.OK, readyStatus);
        var checks = ready["checks"]!.AsObject();
        Assert.Equal([HealthCheckNames.HistoryTables, HealthCheckNames.Silo, HealthCheckNames.Storage], checks.Select(c => c.Key).Order());
        Assert.Equal("Healthy", checks[HealthCheckNames.Silo]!["status"]!.GetValue<string>());
        Assert.Equal("Healthy", checks[HealthCheckNames.Storage]!["status"]!.GetValue<string>());
        Assert.All(checks, check => Assert.True(check.Value!["durationMs"]!.GetValue<double>() >= 0));
    }

    [Fact]
    public async Task While_storage_is_down_ready_is_503_and_live_200_and_ready_recovers_without_a_restart()
    {
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(HealthEndpoints.ReadyPath)).Status);

        await _service!.Azurite.StopAsync();
        var down = await WaitForReadyAsync(HttpStatusCode.ServiceUnavailable);
        var liveDuring = await GetAsync(HealthEndpoints.LivePath);
        await _service.Azurite.RestartAsync();
        var up = await WaitForReadyAsync(HttpStatusCode.OK);

        Assert.Equal(HttpStatusCode.OK, liveDuring.Status);
        Assert.Equal("Unhealthy", down.Body["checks"]![HealthCheckNames.Storage]!["status"]!.GetValue<string>());
        var text = down.Body.ToJsonString();
        Assert.DoesNotContain("AccountKey", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("devstoreaccount1", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("127.0.0.1", text, StringComparison.Ordinal);
        Assert.Equal("Healthy", up.Body["checks"]![HealthCheckNames.Storage]!["status"]!.GetValue<string>());
    }

    /// <summary>Polls ready until it answers <paramref name="expected"/>; fails once <see cref="NoticeWithin"/> has passed.</summary>
    private async Task<(HttpStatusCode Status, JsonNode Body)> WaitForReadyAsync(HttpStatusCode expected)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            var answer = await GetAsync(HealthEndpoints.ReadyPath);
            if (answer.Status == expected)
            {
                output.WriteLine($"Ready answered {(int)expected} after {waited.ElapsedMilliseconds} ms");
                return answer;
            }

            Assert.True(waited.Elapsed < NoticeWithin, $"Ready still answered {(int)answer.Status} after {waited.Elapsed}: {answer.Body.ToJsonString()}");
            await Task.Delay(TimeSpan.FromMilliseconds(250));
        }
    }

    private async Task<(HttpStatusCode Status, JsonNode Body)> GetAsync(string path)
    {
        using var response = await Anonymous.GetAsync(path);
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
    }
}
