namespace HomeCareNational.Abstractions.Retention;

/// <summary>
/// The cluster's one retention sweep: a reminder that deletes the idempotency keys past their retention. History rows
/// are never swept: they are the audit trail. Key: always <see cref="Key"/>.
/// </summary>
public interface IRetentionSweepGrain : IGrainWithStringKey
{
    /// <summary>The one key of the sweep.</summary>
    const string Key = "retention";

    /// <summary>Registers (or updates) the sweep's reminder with the configured period; every silo calls it at start-up.</summary>
    Task ScheduleAsync();

    /// <summary>Sweeps now, as the reminder does; returns how many keys it deleted. A key list of a busy day may take longer than an API call may.</summary>
    [ResponseTimeout("00:10:00")]
    Task<int> SweepAsync();
}
