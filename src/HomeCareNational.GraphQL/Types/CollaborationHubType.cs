using HomeCareNational.GraphQL.Authorization;

namespace HomeCareNational.GraphQL.Types;

/// <summary>A collaboration hub as the prefecture submitted it.</summary>
public sealed class CollaborationHubType : ObjectGraphType<HubView>
{
    public CollaborationHubType()
    {
        Name = NodeTypeNames.CollaborationHub;
        Description = "A body named to run home-care collaboration in its areas (在宅医療に必要な連携を担う拠点), as its prefecture's register holds it for a fiscal year. Ministry analysts, and the prefecture's own staff.";
        this.RequireAccess(AccessPolicies.PrefectureDetail);
        this.ImplementNode(NodeIds.Of);
        Field("prefectureCode", v => v.PrefectureCode).Description("JIS X 0401 code of the prefecture whose register holds it, \"01\" to \"47\".");
        Field(HubFields.HubId.Name, v => v.Hub.HubId).Description(HubFields.HubId.Description);
        Field(HubFields.Name.Name, v => v.Hub.Name).Description(HubFields.Name.Description);
        Field<NonNullGraphType<HubOperatorKindEnum>>(HubFields.OperatorKind.Name).Description(HubFields.OperatorKind.Description).Resolve(c => c.Source.Hub.OperatorKind);
        Field(HubFields.MunicipalityCode.Name, v => v.Hub.MunicipalityCode).Description(HubFields.MunicipalityCode.Description);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>(HubFields.AreaIds.Name)
            .Description(HubFields.AreaIds.Description)
            .Resolve(c => c.Source.Hub.AreaIds);
        Field<NonNullGraphType<HubActivityStatusEnum>>("activityStatus")
            .Description("How active the hub was in the fiscal year, decided from its activity report; NOT_REPORTED without one.")
            .Resolve(c => c.Source.ActivityStatus);
        Field<HubActivityReportType>("activityReport")
            .Description("What the hub did in the fiscal year (拠点の活動報告); null when the prefecture has not reported it.")
            .Resolve(c => c.Source.ActivityReport);
    }
}
