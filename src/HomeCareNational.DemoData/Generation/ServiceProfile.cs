namespace HomeCareNational.DemoData.Generation;

/// <summary>Which home-care functions a demo designation provides and whether it works around the clock.</summary>
internal static class ServiceProfile
{
    /// <summary>A visiting-nurse station is far likelier than other non-clinical bodies to answer calls at night.</summary>
    private const int VisitingNurse24HoursPercent = 70;

    private const int Other24HoursPercent = 30;

    public static (HomeCareFunctions Functions, bool Around24Hours) For(InstitutionKind kind, Random random)
    {
        // Home-care support hospitals and clinics are registered on condition of round-the-clock care,
        // so the demo gives them every function.
        if (IsHomeCareSupport(kind))
        {
            return (HomeCareFunctions.All, true);
        }

        var percent = kind == InstitutionKind.VisitingNurseStation ? VisitingNurse24HoursPercent : Other24HoursPercent;
        return (SomeFunctions(random), random.Chance(percent));
    }

    /// <summary>Daily care support plus a random selection of the other three functions.</summary>
    private static HomeCareFunctions SomeFunctions(Random random) =>
        HomeCareFunctions.DailyCareSupport | (HomeCareFunctions)random.Next((int)HomeCareFunctions.All + 1);

    private static bool IsHomeCareSupport(InstitutionKind kind) => kind is
        InstitutionKind.EnhancedHomeCareSupportHospital or InstitutionKind.HomeCareSupportHospital
        or InstitutionKind.EnhancedHomeCareSupportClinic or InstitutionKind.HomeCareSupportClinic;
}
