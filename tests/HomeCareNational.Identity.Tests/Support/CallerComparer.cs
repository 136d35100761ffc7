namespace HomeCareNational.Identity.Tests.Support;

/// <summary>Compares callers by value, roles included (record equality compares the roles array by reference).</summary>
internal sealed class CallerComparer : IEqualityComparer<CallerIdentity?>
{
    public static readonly CallerComparer Instance = new();

    public bool Equals(CallerIdentity? x, CallerIdentity? y) =>
        x is not null && y is not null && x with { Roles = [] } == y with { Roles = [] } && x.Roles.SequenceEqual(y.Roles);

    public int GetHashCode(CallerIdentity? obj) => obj?.ObjectId.GetHashCode(StringComparison.Ordinal) ?? 0;
}
