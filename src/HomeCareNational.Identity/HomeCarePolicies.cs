namespace HomeCareNational.Identity;

/// <summary>The authorization policies this project defines for endpoints.</summary>
public static class HomeCarePolicies
{
    /// <summary>
    /// A signed-in caller with at least one effective app role. Without a valid token the endpoint answers 401;
    /// with one that grants no effective role, 403.
    /// </summary>
    public const string Caller = "HomeCare.Caller";
}
