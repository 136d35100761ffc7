namespace HomeCareNational.GraphQL.Limits;

/// <summary>
/// The time one request may run, from its start: <see cref="GraphQLLimitsOptions.ExecutionTimeout"/>, or
/// <see cref="GraphQLLimitsOptions.ImportExecutionTimeout"/> once its operation is known to import a file.
/// graphql-dotnet's own timeout is fixed before the document is parsed, so it cannot tell the two apart.
/// </summary>
internal sealed class ExecutionDeadline : IDisposable
{
    /// <summary>The key under which the request's deadline sits in the execution's user context.</summary>
    public const string UserContextKey = "HomeCare.ExecutionDeadline";

    private readonly CancellationTokenSource _timer;
    private readonly TimeProvider _clock;
    private readonly long _started;

    public ExecutionDeadline(TimeSpan budget, TimeProvider clock, CancellationToken requestAborted)
    {
        _clock = clock;
        _started = clock.GetTimestamp();
        _timer = CancellationTokenSource.CreateLinkedTokenSource(requestAborted);
        _timer.CancelAfter(budget);
        Budget = budget;
    }

    /// <summary>The time the request may run in all, from its start.</summary>
    public TimeSpan Budget { get; private set; }

    /// <summary>Cancelled when the budget has passed or the client has gone.</summary>
    public CancellationToken Token => _timer.Token;

    /// <summary>Allows the request <paramref name="budget"/> from its start, when that is longer than what it has.</summary>
    public void Allow(TimeSpan budget)
    {
        if (budget <= Budget || _timer.IsCancellationRequested)
        {
            return;
        }

        Budget = budget;
        var left = budget - _clock.GetElapsedTime(_started);
        _timer.CancelAfter(left > TimeSpan.Zero ? left : TimeSpan.Zero);
    }

    public void Dispose() => _timer.Dispose();
}
