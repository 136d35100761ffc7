using System.Globalization;
using HomeCareNational.Domain.Reference;
using HomeCareNational.Domain.Register;

namespace HomeCareNational.Domain.Validation;

/// <summary>
/// Checks the parts of a prefecture's register before anything is stored. Every function is pure and
/// returns all the problems it finds, each naming the input path, the field and the offending value.
/// </summary>
public static class RegisterValidator
{
    /// <summary>The most records one list of a submission may hold; far above the largest prefecture.</summary>
    public const int MaxItemsPerSubmission = 20_000;

    /// <summary>Checks that the prefecture code and fiscal year name a register the service keeps.</summary>
    public static IReadOnlyList<ValidationError> ValidateTarget(string prefectureCode, int fiscalYear)
    {
        var errors = new List<ValidationError>();
        if (!Prefectures.TryGet(prefectureCode, out _))
        {
            errors.Add(new(["prefecture"], $"prefecture \"{FieldRules.Quote(prefectureCode)}\" is not a JIS X 0401 prefecture code (\"01\" to \"47\")."));
        }

        if (ValidateFiscalYear(fiscalYear) is { } yearError)
        {
            errors.Add(yearError);
        }

        return errors;
    }

    /// <summary>Checks that a fiscal year is one the service keeps; null when it is.</summary>
    public static ValidationError? ValidateFiscalYear(int fiscalYear) =>
        FiscalYear.IsSupported(fiscalYear)
            ? null
            : new(["fiscalYear"], string.Create(
                CultureInfo.InvariantCulture, $"fiscalYear {fiscalYear} is outside the years the service keeps ({FiscalYear.First} to {FiscalYear.Last})."));

    /// <summary>Validates a full replacement of the prefecture's home-care areas against the rest of its register.</summary>
    public static IReadOnlyList<ValidationError> ValidateAreas(string prefectureCode, IReadOnlyList<HomeCareArea> areas, PrefectureRegister current)
    {
        var errors = new ErrorCollector("areas");
        errors.CheckCollection(CountLimit("areas", areas.Count));
        for (var i = 0; i < areas.Count; i++)
        {
            var area = areas[i];
            errors.Check(i, AreaFields.AreaId, FieldRules.LocalId(AreaFields.AreaId, area.AreaId));
            errors.Check(i, AreaFields.Name, FieldRules.RequiredName(AreaFields.Name, area.Name));
            errors.Check(i, AreaFields.UnitType, FieldRules.Defined(AreaFields.UnitType, area.UnitType));
            if (area.MunicipalityCodes.Length == 0)
            {
                errors.Check(i, AreaFields.MunicipalityCodes, $"{AreaFields.MunicipalityCodes.Name} is empty: an area spans at least one municipality.");
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var m = 0; m < area.MunicipalityCodes.Length; m++)
            {
                var code = area.MunicipalityCodes[m];
                errors.Check(i, AreaFields.MunicipalityCodes, m, FieldRules.MunicipalityCode(AreaFields.MunicipalityCodes, code, prefectureCode)
                    ?? (seen.Add(code) ? null : $"{AreaFields.MunicipalityCodes.Name} lists \"{FieldRules.Quote(code)}\" twice."));
            }
        }

        errors.CheckUnique(areas, a => a.AreaId, AreaFields.AreaId);

        var kept = areas.Select(a => a.AreaId).ToHashSet(StringComparer.Ordinal);
        var stillUsed = current.Institutions.Where(x => x.HomeCareAreaId is not null && !kept.Contains(x.HomeCareAreaId)).Select(x => (x.HomeCareAreaId!, $"designation {x.InstitutionCode}"))
            .Concat(current.Hubs.SelectMany(h => h.AreaIds.Where(id => !kept.Contains(id)).Select(id => (id, $"hub {h.HubId}"))));
        foreach (var group in stillUsed.GroupBy(x => x.Item1).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var users = group.Select(x => x.Item2).ToList();
            var named = string.Join(", ", users.Take(5)) + (users.Count > 5 ? $" and {users.Count - 5} more" : "");
            errors.CheckCollection($"area \"{group.Key}\" would be removed but is still used by {named}; reassign them first.");
        }

        return errors.Errors;
    }

    /// <summary>Validates a full replacement of the prefecture's collaboration hubs.</summary>
    public static IReadOnlyList<ValidationError> ValidateHubs(string prefectureCode, IReadOnlyList<CollaborationHub> hubs, PrefectureRegister current)
    {
        var errors = new ErrorCollector("hubs");
        errors.CheckCollection(CountLimit("hubs", hubs.Count));
        var areaIds = current.Areas.Select(a => a.AreaId).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < hubs.Count; i++)
        {
            var hub = hubs[i];
            errors.Check(i, HubFields.HubId, FieldRules.LocalId(HubFields.HubId, hub.HubId));
            errors.Check(i, HubFields.Name, FieldRules.RequiredName(HubFields.Name, hub.Name));
            errors.Check(i, HubFields.OperatorKind, FieldRules.Defined(HubFields.OperatorKind, hub.OperatorKind));
            errors.Check(i, HubFields.MunicipalityCode, FieldRules.MunicipalityCode(HubFields.MunicipalityCode, hub.MunicipalityCode, prefectureCode));
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var a = 0; a < hub.AreaIds.Length; a++)
            {
                var areaId = hub.AreaIds[a];
                errors.Check(i, HubFields.AreaIds, a, UnknownArea(HubFields.AreaIds, areaId, areaIds)
                    ?? (seen.Add(areaId) ? null : $"{HubFields.AreaIds.Name} lists \"{FieldRules.Quote(areaId)}\" twice."));
            }
        }

        errors.CheckUnique(hubs, h => h.HubId, HubFields.HubId);
        return errors.Errors;
    }

    /// <summary>Validates a full replacement of the prefecture's designated institutions for a fiscal year.</summary>
    public static IReadOnlyList<ValidationError> ValidateInstitutions(
        string prefectureCode, int fiscalYear, IReadOnlyList<DesignatedInstitution> institutions, PrefectureRegister current)
    {
        var errors = new ErrorCollector("institutions");
        errors.CheckCollection(CountLimit("institutions", institutions.Count));
        var areaIds = current.Areas.Select(a => a.AreaId).ToHashSet(StringComparer.Ordinal);
        var lastDay = FiscalYear.EndsOn(fiscalYear);
        for (var i = 0; i < institutions.Count; i++)
        {
            var institution = institutions[i];
            errors.Check(i, InstitutionFields.InstitutionCode, FieldRules.InstitutionCode(InstitutionFields.InstitutionCode, institution.InstitutionCode));
            errors.Check(i, InstitutionFields.Name, FieldRules.RequiredName(InstitutionFields.Name, institution.Name));
            errors.Check(i, InstitutionFields.Kind, FieldRules.Defined(InstitutionFields.Kind, institution.Kind));
            errors.Check(i, InstitutionFields.MunicipalityCode, FieldRules.MunicipalityCode(InstitutionFields.MunicipalityCode, institution.MunicipalityCode, prefectureCode));
            if (institution.HomeCareAreaId is { } areaId)
            {
                errors.Check(i, InstitutionFields.HomeCareAreaId, UnknownArea(InstitutionFields.HomeCareAreaId, areaId, areaIds));
            }

            if ((institution.Functions & ~HomeCareFunctions.All) != 0)
            {
                errors.Check(i, InstitutionFields.Functions, string.Create(
                    CultureInfo.InvariantCulture, $"{InstitutionFields.Functions.Name} {(int)institution.Functions} contains values that are not home-care functions."));
            }

            if (institution.DesignatedOn > lastDay)
            {
                // Invariant, or a culture with another calendar (th-TH, ar-SA) would print a Buddhist or Hijri year.
                errors.Check(i, InstitutionFields.DesignatedOn, string.Create(
                    CultureInfo.InvariantCulture, $"{InstitutionFields.DesignatedOn.Name} {institution.DesignatedOn:yyyy-MM-dd} is after the end of fiscal year {fiscalYear} ({lastDay:yyyy-MM-dd})."));
            }

            errors.Check(i, InstitutionFields.Status, FieldRules.Defined(InstitutionFields.Status, institution.Status));
        }

        errors.CheckUnique(institutions, x => x.InstitutionCode, InstitutionFields.InstitutionCode);
        return errors.Errors;
    }

    private static string? CountLimit(string collection, int count) =>
        count > MaxItemsPerSubmission ? $"{collection} has {count} entries; one submission may hold at most {MaxItemsPerSubmission}." : null;

    private static string? UnknownArea(RecordField field, string? areaId, HashSet<string> known) =>
        areaId is not null && known.Contains(areaId)
            ? null
            : $"{field.Name} \"{FieldRules.Quote(areaId)}\" is not one of the prefecture's home-care areas for this fiscal year; submit the areas first.";
}
