namespace HomeCareNational.Grains.Retention;

/// <summary>
/// How often the retention sweep runs; bound from the <see cref="Section"/> configuration section and validated at
/// start-up (<see cref="RetentionOptionsValidator"/>). What is kept how long is each store's own option
/// (<see cref="Idempotency.IdempotencyOptions.Retention"/>).
/// </summary>
public sealed class RetentionOptions
{
    public const string Section = "HomeCare:Retention";

    /// <summary>Keys are kept a day at least, so an hour more or less past their retention costs nothing.</summary>
    public static readonly TimeSpan DefaultSweepPeriod = TimeSpan.FromHours(1);

    /// <summary>Orleans' reminders tick no more often than once a minute.</summary>
    public static readonly TimeSpan MinimumSweepPeriod = TimeSpan.FromMinutes(1);

    /// <summary>The period of the sweep's reminder.</summary>
    public TimeSpan SweepPeriod { get; set; } = DefaultSweepPeriod;
}
