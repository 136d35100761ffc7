namespace HomeCareNational.Grains.Hosting;

/// <summary>
/// The clock that stamps accepted register changes (their history event, version time and totals snapshot), a keyed
/// <see cref="TimeProvider"/> of its own so the demo loader can record its synthetic history at past times without
/// moving the clock Orleans itself runs on (activation collection refuses a time in the past). By default it is the
/// silo's <see cref="TimeProvider"/>.
/// </summary>
public static class ChangeClock
{
    public const string Key = "HomeCare.ChangeClock";
}
