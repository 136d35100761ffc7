using HomeCareNational.Import.Columns;

namespace HomeCareNational.Import.Parsing;

/// <summary>Turns the cells of one data row into a <see cref="DesignatedInstitution"/>; the domain rules are the validator's.</summary>
internal static class InstitutionRowParser
{
    private static readonly (RegisterColumn Column, HomeCareFunctions Function)[] FunctionColumns =
    [
        (RegisterColumns.DischargeSupport, HomeCareFunctions.DischargeSupport),
        (RegisterColumns.DailyCareSupport, HomeCareFunctions.DailyCareSupport),
        (RegisterColumns.EmergencyResponse, HomeCareFunctions.EmergencyResponse),
        (RegisterColumns.EndOfLifeCare, HomeCareFunctions.EndOfLifeCare),
    ];

    /// <summary>The institution, or null when a cell had an error (which <paramref name="cells"/> has recorded).</summary>
    public static DesignatedInstitution? Parse(RowCells cells)
    {
        // Every cell is read, even after an error, so that the user sees all problems of the row at once.
        var code = cells.Code(RegisterColumns.InstitutionCode);
        var name = cells.Text(RegisterColumns.Name);
        var kind = cells.Kind(RegisterColumns.Kind);
        var municipality = cells.Code(RegisterColumns.MunicipalityCode);
        var area = cells.Code(RegisterColumns.HomeCareAreaId);
        var functions = HomeCareFunctions.None;
        foreach (var (column, function) in FunctionColumns)
        {
            if (cells.Flag(column) == true)
            {
                functions |= function;
            }
        }

        var provides24Hours = cells.Flag(RegisterColumns.Provides24Hours);
        var designatedOn = cells.Date(RegisterColumns.DesignatedOn);
        var status = cells.Status(RegisterColumns.Status);

        return !cells.HasErrors && (code, name, kind, municipality, provides24Hours, designatedOn, status) is
            ({ } c, { } n, { } k, { } m, { } h, { } d, { } s)
            ? new DesignatedInstitution(c, n, k, m, area, functions, h, d, s)
            : null;
    }
}
