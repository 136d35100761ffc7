namespace HomeCareNational.GraphQL.Nodes;

/// <summary>The global id of each read model a <c>Node</c> type shows: its GraphQL type, its key and the fiscal year it is shown for.</summary>
internal static class NodeIds
{
    public static NodeId Of(NationalView view) => new(NodeTypeNames.National, [], view.FiscalYear);

    public static NodeId Of(RegionView view) => new(NodeTypeNames.Region, [view.Region.Code], view.FiscalYear);

    public static NodeId Of(PrefectureView view) => new(NodeTypeNames.Prefecture, [view.Prefecture.Code], view.FiscalYear);

    public static NodeId Of(InstitutionView view) =>
        new(NodeTypeNames.DesignatedInstitution, [view.PrefectureCode, view.Institution.InstitutionCode], view.FiscalYear);

    public static NodeId Of(HubView view) => new(NodeTypeNames.CollaborationHub, [view.PrefectureCode, view.Hub.HubId], view.FiscalYear);

    public static NodeId Of(AreaView view) => new(NodeTypeNames.HomeCareArea, [view.PrefectureCode, view.Area.AreaId], view.FiscalYear);
}
