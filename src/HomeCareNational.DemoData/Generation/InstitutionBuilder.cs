namespace HomeCareNational.DemoData.Generation;

internal static class InstitutionBuilder
{
    /// <summary>Designations began with the plan on the first day of the fiscal year; the demo puts this share of them there.</summary>
    private const int DesignatedOnFirstDayPercent = 40;

    public static ImmutableArray<DesignatedInstitution> Build(
        Prefecture prefecture, IReadOnlyList<HomeCareArea> areas, IReadOnlyList<(InstitutionKind Kind, int Count)> byKind, Random random)
    {
        // Picking a municipality rather than an area makes areas that span more municipalities hold more institutions.
        var places = areas.SelectMany(a => a.MunicipalityCodes.Select(code => (a.AreaId, MunicipalityCode: code))).ToList();
        var kinds = byKind.SelectMany(k => Enumerable.Repeat(k.Kind, k.Count));
        return kinds.Select((kind, index) =>
            {
                var serial = index + 1;
                var place = places[random.Next(places.Count)];
                var profile = ServiceProfile.For(kind, random);
                return Designate(prefecture, kind, serial, place.MunicipalityCode, place.AreaId, profile, DesignationDate(random));
            })
            .ToImmutableArray();
    }

    /// <summary>The demo's designation <paramref name="serial"/> of its kind in the prefecture, with its code and name.</summary>
    public static DesignatedInstitution Designate(
        Prefecture prefecture,
        InstitutionKind kind,
        int serial,
        string municipalityCode,
        string? homeCareAreaId,
        (HomeCareFunctions Functions, bool Around24Hours) profile,
        DateOnly designatedOn) => new(
            InstitutionCodes.For(prefecture, kind, serial),
            DemoNames.Institution(prefecture, kind, serial),
            kind,
            municipalityCode,
            homeCareAreaId,
            profile.Functions,
            profile.Around24Hours,
            designatedOn);

    private static DateOnly DesignationDate(Random random)
    {
        var first = FiscalYear.StartsOn(DemoRegister.FiscalYear);
        if (random.Chance(DesignatedOnFirstDayPercent))
        {
            return first;
        }

        var days = FiscalYear.EndsOn(DemoRegister.FiscalYear).DayNumber - first.DayNumber + 1;
        return first.AddDays(random.Next(days));
    }
}
