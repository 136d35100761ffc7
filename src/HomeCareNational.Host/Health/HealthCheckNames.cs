namespace HomeCareNational.Host.Health;

/// <summary>The names of the readiness checks, as <c>/health/ready</c> reports them.</summary>
public static class HealthCheckNames
{
    public const string Silo = "silo";

    public const string Storage = "storage";

    public const string HistoryTables = "historyTables";
}
