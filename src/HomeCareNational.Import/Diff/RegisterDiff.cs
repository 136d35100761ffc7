namespace HomeCareNational.Import.Diff;

/// <summary>Compares a register with the list that would replace it, by institution code.</summary>
public static class RegisterDiff
{
    /// <summary>The changes from <paramref name="current"/> to <paramref name="imported"/>.</summary>
    /// <remarks>Codes must be unique within each list, as the register validator ensures; a repeated code throws <see cref="ArgumentException"/>.</remarks>
    public static RegisterChanges Compute(IReadOnlyList<DesignatedInstitution> current, IReadOnlyList<DesignatedInstitution> imported)
    {
        var before = current.ToDictionary(x => x.InstitutionCode, StringComparer.Ordinal);
        var after = imported.ToDictionary(x => x.InstitutionCode, StringComparer.Ordinal);
        var inBoth = imported.Where(x => before.ContainsKey(x.InstitutionCode))
            .Select(x => new InstitutionUpdate(before[x.InstitutionCode], x))
            .ToList();

        var added = imported.Where(x => !before.ContainsKey(x.InstitutionCode));
        var updated = inBoth.Where(u => u.Before != u.After && !IsWithdrawal(u));
        var withdrawn = current.Where(x => !after.ContainsKey(x.InstitutionCode))
            .Concat(inBoth.Where(IsWithdrawal).Select(u => u.Before));

        return new RegisterChanges(
            [.. added.OrderBy(x => x.InstitutionCode, StringComparer.Ordinal)],
            [.. updated.OrderBy(u => u.After.InstitutionCode, StringComparer.Ordinal)],
            [.. withdrawn.OrderBy(x => x.InstitutionCode, StringComparer.Ordinal)],
            inBoth.Count(u => u.Before == u.After));
    }

    private static bool IsWithdrawal(InstitutionUpdate change) =>
        change.Before.Status != DesignationStatus.Withdrawn && change.After.Status == DesignationStatus.Withdrawn;
}
