using HomeCareNational.Identity;

namespace HomeCareNational.Application.Access;

/// <summary>
/// The access policies every field of the API declares (the matrix in docs/api.md, "Who may do what"). Each is an
/// ASP.NET Core authorization policy evaluated against the caller and, where the field has one, the prefecture it
/// concerns.
/// </summary>
public static class AccessPolicies
{
    /// <summary>National, regional and prefectural totals: every role.</summary>
    public const string Aggregates = "HomeCare.Aggregates";

    /// <summary>Institution-level detail and change history: analysts for any prefecture, prefecture staff for their own.</summary>
    public const string PrefectureDetail = "HomeCare.PrefectureDetail";

    /// <summary>Changing a prefecture's data: its own editors only.</summary>
    public const string PrefectureWrite = "HomeCare.PrefectureWrite";

    /// <summary>Running the reporting rounds (open, extend, close, accept, return): ministry analysts only.</summary>
    public const string RoundManagement = "HomeCare.RoundManagement";

    /// <summary>Institution-level lists across every prefecture: ministry analysts only.</summary>
    public const string NationalDetail = "HomeCare.NationalDetail";

    /// <summary>The requirement behind each policy.</summary>
    internal static IReadOnlyDictionary<string, PrefectureAccessRequirement> Requirements { get; } = new Dictionary<string, PrefectureAccessRequirement>
    {
        [Aggregates] = new(AnyPrefecture: [.. AppRoles.Data], OwnPrefecture: []),
        [PrefectureDetail] = new(AnyPrefecture: [AppRoles.MinistryAnalyst], OwnPrefecture: [AppRoles.PrefectureEditor, AppRoles.PrefectureViewer]),
        [PrefectureWrite] = new(AnyPrefecture: [], OwnPrefecture: [AppRoles.PrefectureEditor]),
        [RoundManagement] = new(AnyPrefecture: [AppRoles.MinistryAnalyst], OwnPrefecture: []),
        [NationalDetail] = new(AnyPrefecture: [AppRoles.MinistryAnalyst], OwnPrefecture: []),
    };
}
