namespace HomeCareNational.Grains.Aggregates;

/// <summary>The totals of an aggregate (region or nation) for one fiscal year, with the latest report of each member.</summary>
/// <param name="Members">Latest totals reported by each member, keyed by member code.</param>
/// <param name="Totals">Sum over the members, versioned at this level.</param>
[GenerateSerializer, Immutable]
public sealed record AggregateYear(
    [property: Id(0)] IReadOnlyDictionary<string, TotalsSnapshot> Members,
    [property: Id(1)] TotalsSnapshot Totals)
{
    /// <summary>
    /// Applies a member's report. Returns null when the report is older than the one held, or the same version with
    /// the same totals, so replays and out-of-order deliveries change nothing. The same version with other totals
    /// replaces the held one: the version's register is unchanged, so the totals were counted by an earlier release
    /// that counted less (the start-up reconciliation brings them up to date this way). The aggregate's version is
    /// the sum of its members' versions: it grows with every change that reaches it, and an aggregate rebuilt from
    /// its members after losing its state gets its old version back, so the level above does not mistake its
    /// reports for stale ones.
    /// </summary>
    public static AggregateYear? Apply(AggregateYear? current, string member, TotalsSnapshot report, IReadOnlyCollection<string> memberCodes)
    {
        if (current is not null && current.Members.TryGetValue(member, out var held)
            && (held.Version > report.Version || (held.Version == report.Version && held.Totals == report.Totals)))
        {
            return null;
        }

        var members = new Dictionary<string, TotalsSnapshot>(current?.Members ?? new Dictionary<string, TotalsSnapshot>())
        {
            [member] = report,
        };
        var counted = members.Where(m => memberCodes.Contains(m.Key)).Select(m => m.Value).ToList();
        var totals = new TotalsSnapshot(
            report.FiscalYear,
            RegisterTotals.Sum(counted.Select(m => m.Totals)),
            counted.Sum(m => m.Version),
            counted.Max(m => m.AsOf));
        return new AggregateYear(members, totals);
    }
}
