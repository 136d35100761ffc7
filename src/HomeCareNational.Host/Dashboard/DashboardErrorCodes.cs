namespace HomeCareNational.Host.Dashboard;

/// <summary>The codes of the dashboard endpoints' own refusals, beside the shared <see cref="Application.Errors.ErrorCodes"/>.</summary>
internal static class DashboardErrorCodes
{
    /// <summary>The dashboard's .xlsx download was sent a table it cannot write (HTTP 400); the detail names the field.</summary>
    public const string InvalidTable = "INVALID_TABLE";

    /// <summary>The dashboard's development sign-in was asked for a role or prefecture no caller could hold (HTTP 400); the detail names it.</summary>
    public const string InvalidSignIn = "INVALID_SIGN_IN";
}
