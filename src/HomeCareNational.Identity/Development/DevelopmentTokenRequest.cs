using System.Globalization;
using HomeCareNational.Domain.Reference;

namespace HomeCareNational.Identity.Development;

/// <summary>What a development token should say.</summary>
/// <param name="Role">One of <see cref="AppRoles.All"/>.</param>
/// <param name="PrefectureCode">The prefecture a Prefecture.* role acts for; none for the ministry's roles.</param>
/// <param name="IsApplication">An app-only (client-credentials) token instead of a user's.</param>
/// <param name="Lifetime">How long the token is valid; <see cref="DefaultLifetime"/> when null.</param>
public sealed record DevelopmentTokenRequest(string Role, string? PrefectureCode = null, bool IsApplication = false, TimeSpan? Lifetime = null)
{
    public static readonly TimeSpan DefaultLifetime = TimeSpan.FromHours(1);

    public static readonly TimeSpan MinimumLifetime = TimeSpan.FromMinutes(1);

    public static readonly TimeSpan MaximumLifetime = TimeSpan.FromHours(24);

    public TimeSpan EffectiveLifetime => Lifetime ?? DefaultLifetime;

    /// <summary>Why no real caller could hold such a token, or null when one could.</summary>
    public string? Problem()
    {
        if (!AppRoles.All.Contains(Role))
        {
            return $"Unknown role '{Role}'; the roles are {string.Join(", ", AppRoles.All)}.";
        }

        if (IsApplication && !AppRoles.ApplicationAssignable.Contains(Role))
        {
            return $"Role {Role} is granted to users only, so no app-only token carries it.";
        }

        var prefectureBound = AppRoles.PrefectureBound.Contains(Role);
        if (prefectureBound && PrefectureCode is null)
        {
            return $"Role {Role} acts for a prefecture: name one (\"01\" to \"47\").";
        }

        if (!prefectureBound && PrefectureCode is not null)
        {
            return $"Role {Role} is the ministry's: it takes no prefecture.";
        }

        if (PrefectureCode is not null && !Prefectures.TryGet(PrefectureCode, out _))
        {
            return $"'{PrefectureCode}' is not a prefecture code (\"01\" to \"47\").";
        }

        return EffectiveLifetime < MinimumLifetime || EffectiveLifetime > MaximumLifetime
            ? string.Create(CultureInfo.InvariantCulture,
                $"A development token lives from {MinimumLifetime.TotalMinutes} minute to {MaximumLifetime.TotalHours} hours, not {EffectiveLifetime}.")
            : null;
    }
}
