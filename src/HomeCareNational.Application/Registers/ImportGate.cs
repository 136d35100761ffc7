using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace HomeCareNational.Application.Registers;

/// <summary>
/// Lets <see cref="ImportConcurrencyOptions.MaxConcurrentImports"/> imports run at once and
/// <see cref="ImportConcurrencyOptions.MaxQueuedImports"/> wait; a burst of uploads past that is refused before
/// any of its files is read, so it cannot exhaust the silo's memory.
/// </summary>
public sealed class ImportGate(IOptions<ImportConcurrencyOptions> options) : IDisposable
{
    private readonly ConcurrencyLimiter _limiter = new(new ConcurrencyLimiterOptions
    {
        PermitLimit = options.Value.MaxConcurrentImports,
        QueueLimit = options.Value.MaxQueuedImports,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
    });

    /// <summary>What a refused import tells its caller to wait.</summary>
    public TimeSpan RetryAfter { get; } = TimeSpan.FromSeconds(options.Value.ImportRetryAfterSeconds);

    /// <summary>A turn to import, after waiting in the queue if need be; not acquired when the queue is full. Dispose it when done.</summary>
    public ValueTask<RateLimitLease> EnterAsync(CancellationToken cancellationToken) => _limiter.AcquireAsync(1, cancellationToken);

    /// <summary>How many turns are free and how many imports wait, now.</summary>
    public RateLimiterStatistics? Statistics => _limiter.GetStatistics();

    /// <summary>The message of a refusal, in the importer's Japanese.</summary>
    public string BusyMessage => FormattableString.Invariant(
        $"取り込みが混み合っています: {RetryAfter.TotalSeconds:N0} 秒後にもう一度送ってください");

    public void Dispose() => _limiter.Dispose();
}
