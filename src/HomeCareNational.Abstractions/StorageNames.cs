namespace HomeCareNational.Abstractions;

/// <summary>
/// The names state is stored under: providers, grain states and tables, one constant each so grains, storage and
/// hosts agree. None may change: stored rows are found by these names, and a renamed one would orphan them.
/// </summary>
public static class StorageNames
{
    /// <summary>The grain storage provider that holds all HomeCareNational state.</summary>
    public const string GrainStorage = "homecare";

    /// <summary>
    /// The provider of the idempotency keys' state: the same table as <see cref="GrainStorage"/>, but clearing a state
    /// deletes its row, so that the retention sweep leaves nothing behind.
    /// </summary>
    public const string IdempotencyStorage = "homecare-idempotency";

    /// <summary>The state of a prefecture grain: its fiscal years' versions and totals.</summary>
    public const string PrefectureState = "prefecture";

    /// <summary>The state of a prefecture's register grain for one fiscal year.</summary>
    public const string RegisterState = "register";

    /// <summary>The state of a region's aggregate grain.</summary>
    public const string RegionState = "region";

    /// <summary>The state of the national aggregate grain.</summary>
    public const string NationalState = "national";

    /// <summary>The state of a fiscal year's reporting round grain.</summary>
    public const string RoundState = "round";

    /// <summary>The state of a client idempotency key's grain.</summary>
    public const string IdempotencyState = "idempotency";

    /// <summary>The table that holds every grain's state unless configured otherwise.</summary>
    public const string GrainStateTable = "HomeCareGrains";

    /// <summary>
    /// The grain-state table of releases before the official provider; its rows are in another layout. A store that
    /// has it was written by an earlier release, and the silo refuses to start on it.
    /// </summary>
    public const string EarlierReleaseGrainStateTable = "HomeCareGrainState";

    /// <summary>The register history's table unless configured otherwise.</summary>
    public const string RegisterHistoryTable = "HomeCareRegisterHistory";

    /// <summary>The totals history's table unless configured otherwise.</summary>
    public const string TotalsHistoryTable = "HomeCareTotalsHistory";

    /// <summary>The reporting rounds' history table unless configured otherwise.</summary>
    public const string RoundHistoryTable = "HomeCareRoundHistory";
}
