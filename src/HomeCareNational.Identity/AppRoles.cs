namespace HomeCareNational.Identity;

/// <summary>The app roles of the Entra app registration (infra/entra-app-manifest.json), one constant each.</summary>
public static class AppRoles
{
    /// <summary>Ministry analysts: read everything nationwide. Honoured only from the ministry's tenant.</summary>
    public const string MinistryAnalyst = "Ministry.Analyst";

    /// <summary>Prefecture staff or systems: read their prefecture's detail and the aggregates, write their prefecture's data.</summary>
    public const string PrefectureEditor = "Prefecture.Editor";

    /// <summary>Prefecture staff: read their prefecture's detail and the aggregates.</summary>
    public const string PrefectureViewer = "Prefecture.Viewer";

    /// <summary>Dashboards: read national, regional and prefectural totals only. Honoured only from the ministry's tenant.</summary>
    public const string DashboardReader = "Dashboard.Reader";

    /// <summary>
    /// The people who run the service: open the Orleans dashboard (<c>/orleans</c>), read no data through the API.
    /// Honoured only from the ministry's tenant.
    /// </summary>
    public const string Operations = "Operations";

    /// <summary>The roles that read or write the register and its totals through the API.</summary>
    public static IReadOnlyList<string> Data { get; } = [MinistryAnalyst, PrefectureEditor, PrefectureViewer, DashboardReader];

    /// <summary>Every role of the app registration.</summary>
    public static IReadOnlyList<string> All { get; } = [.. Data, Operations];

    /// <summary>The roles that count only in a token from the ministry's tenant.</summary>
    public static IReadOnlyList<string> MinistryTenantOnly { get; } = [MinistryAnalyst, DashboardReader, Operations];

    /// <summary>The roles that count only for a caller who acts for a prefecture.</summary>
    public static IReadOnlyList<string> PrefectureBound { get; } = [PrefectureEditor, PrefectureViewer];

    /// <summary>The roles the app registration lets be granted to applications (app-only tokens); the others are for users only.</summary>
    public static IReadOnlyList<string> ApplicationAssignable { get; } = [PrefectureEditor, DashboardReader];
}
