namespace HomeCareNational.GraphQL.Types;

/// <summary>Who made a change.</summary>
public sealed class ChangeAttributionType : ObjectGraphType<ChangeAttribution>
{
    public ChangeAttributionType()
    {
        Name = "ChangeAttribution";
        Description = "Who made a change, as their signed-in identity said.";
        Field(a => a.ObjectId).Description("Object id of the user or application (oid).");
        Field(a => a.DisplayName).Description("The user's or application's name.");
        Field(a => a.TenantId).Description("The Entra tenant they signed in from (tid); empty for the service itself.");
        Field(a => a.PrefectureCode, nullable: true).Description("The prefecture they acted for.");
        Field(a => a.Role).Description("The app role that allowed the change, or Service for the service itself.");
        Field(a => a.IsApplication).Description("True for an application (app-only token), false for a signed-in user.");
        Field(a => a.ClientAppId, nullable: true).Description("The client application used (azp / appid).");
    }
}
