using System.Collections.Concurrent;
using System.Diagnostics;
using HomeCareNational.Api.Tests.Mutations;
using HomeCareNational.Identity;
using static HomeCareNational.Api.Tests.Mutations.MutationRequests;

namespace HomeCareNational.Api.Tests.Cluster;

/// <summary>
/// A steady stream of keyed edits to a set of prefectures, each prefecture's one after another, spread over the hosts:
/// every edit designates one new institution under a fresh idempotency key and is sent until it is acknowledged,
/// with the same key, moving on to the next host after a connection failure or a 503. Keeps what was acknowledged
/// and when, and which keys needed a retry.
/// </summary>
public sealed class KeyedEditStream(ClusterFixture cluster, int fiscalYear, IReadOnlyList<string> prefectures)
{
    private static readonly TimeSpan Pace = TimeSpan.FromMilliseconds(150);
    private static readonly TimeSpan RetryPause = TimeSpan.FromMilliseconds(100);
    private readonly Stopwatch _clock = new();
    private readonly ConcurrentDictionary<string, Edit> _acknowledged = new();
    private readonly ConcurrentDictionary<string, TimeSpan> _firstAcknowledgedAfterKill = new();
    private readonly ConcurrentBag<string> _retried = [];
    private long _killedAtTicks = -1;

    /// <summary>One designation sent under one key; <see cref="Retried"/> when its first answer was lost.</summary>
    public sealed record Edit(string Prefecture, string Key, DesignatedInstitutionInput Institution, string InstitutionCode);

    public IReadOnlyDictionary<string, Edit> Acknowledged => _acknowledged;

    /// <summary>Keys that were sent more than once before they were acknowledged.</summary>
    public IReadOnlyCollection<string> Retried => _retried;

    /// <summary>Per prefecture, how long after <see cref="MarkKill"/> its first edit was acknowledged.</summary>
    public IReadOnlyDictionary<string, TimeSpan> RecoveredAfterKill => _firstAcknowledgedAfterKill;

    /// <summary>Sends edits until <paramref name="stop"/> is cancelled; fails on any answer other than success, a 503 or a lost connection.</summary>
    public Task RunAsync(CancellationToken stop)
    {
        _clock.Start();
        return Task.WhenAll(prefectures.Select((prefecture, index) => Task.Run(() => WriteAsync(prefecture, index, stop))));
    }

    /// <summary>Notes the instant of the kill; the victim's host gets no more requests.</summary>
    public void MarkKill() => Interlocked.Exchange(ref _killedAtTicks, _clock.Elapsed.Ticks);

    private bool Killed => Interlocked.Read(ref _killedAtTicks) >= 0;

    public static DesignatedInstitutionInput Institution(string prefecture, string code) =>
        new(code, $"フェイルオーバー試験 {code}", "HOME_CARE_SUPPORT_CLINIC", prefecture + "201", "A1", ["DAILY_CARE_SUPPORT"], Provides24Hours: false, "2026-04-01");

    private async Task WriteAsync(string prefecture, int index, CancellationToken stop)
    {
        var clients = Enumerable.Range(0, ClusterFixture.Size).Select(host => cluster.ClientFor(host, AppRoles.PrefectureEditor, prefecture)).ToArray();
        var host = index % clients.Length;
        for (var n = 1; !stop.IsCancellationRequested; n++)
        {
            var code = $"{prefecture}9{n:D7}";
            var edit = new Edit(prefecture, Guid.NewGuid().ToString(), Institution(prefecture, code), code);
            for (var attempt = 1; ; attempt++)
            {
                host = !Killed || host != clients.Length - 1 ? host : 0;
                if (await TrySendAsync(clients[host], edit, attempt > 1))
                {
                    break;
                }

                _retried.Add(edit.Key);
                host = (host + 1) % clients.Length;
                await Task.Delay(RetryPause, CancellationToken.None);
            }

            host = (host + 1) % clients.Length;
            await Task.Delay(Pace, CancellationToken.None);
        }
    }

    /// <summary>True when acknowledged; false when the answer was lost or the cluster was failing over.</summary>
    private async Task<bool> TrySendAsync(HttpClient client, Edit edit, bool isRetry)
    {
        GraphQLResponse response;
        try
        {
            response = await client.MutateAsync("addDesignation", edit.Prefecture, fiscalYear, edit.Key, MutationArgument.Institution(edit.Institution));
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return false;
        }

        var codes = response.ErrorCodes.ToArray();
        if (codes.Length == 0)
        {
            Acknowledge(edit);
            return true;
        }

        // A retry of a change applied by an attempt whose answer was lost with its silo; the register holds it once.
        if (isRetry && codes.All(c => c == "VALIDATION_FAILED") && response.Body.ToJsonString().Contains("is already in the register", StringComparison.Ordinal))
        {
            Acknowledge(edit);
            return true;
        }

        return codes.All(c => c is "CLUSTER_UNAVAILABLE" or "STORAGE_OUTCOME_UNKNOWN" or "IDEMPOTENCY_KEY_IN_FLIGHT")
            ? false
            : throw new InvalidOperationException($"Edit {edit.Key} to {edit.Prefecture} was refused: {response.Body.ToJsonString()}");
    }

    private void Acknowledge(Edit edit)
    {
        _acknowledged[edit.Key] = edit;
        var killedAt = Interlocked.Read(ref _killedAtTicks);
        if (killedAt >= 0)
        {
            _firstAcknowledgedAfterKill.TryAdd(edit.Prefecture, _clock.Elapsed - TimeSpan.FromTicks(killedAt));
        }
    }
}
