using HomeCareNational.GraphQL.Types;

namespace HomeCareNational.GraphQL.Connections;

/// <summary>The register's collaboration hubs as a paged list, with filters and sorting.</summary>
internal static class HubsConnection
{
    public static void AddHubsConnection(this ObjectGraphType<RegisterView> register) =>
        register.Field<NonNullGraphType<PageConnectionType<CollaborationHubType>>>("hubs")
            .Description("Collaboration hubs. Filters combine: a hub is listed when it passes every filter given.")
            .Argument<ListGraphType<NonNullGraphType<HubOperatorKindEnum>>>("operatorKind", "Only hubs run by one of these kinds of body.")
            .Argument<StringGraphType>("areaId", "Only hubs that cover this home-care area.")
            .Argument<ListGraphType<NonNullGraphType<HubActivityStatusEnum>>>(
                "activityStatus",
                "Only hubs with one of these activity statuses in the fiscal year, e.g. [INACTIVE, NOT_REPORTED] for those to follow up.")
            .Argument<NonNullGraphType<HubOrderEnum>>("orderBy", "What to sort by.", a => a.DefaultValue = HubOrder.Id)
            .Argument<NonNullGraphType<SortDirectionEnum>>("direction", "Which way to sort.", a => a.DefaultValue = SortDirection.Ascending)
            .Paged()
            .Resolve(c =>
            {
                var page = PageRequest.From(c);
                var operatorKinds = c.GetArgument<List<HubOperatorKind>?>("operatorKind");
                var area = c.GetArgument<string?>("areaId");
                var activityStatuses = c.GetArgument<List<HubActivityStatus>?>("activityStatus");
                var listed = c.Source.Hubs.Where(v =>
                    (operatorKinds is null || operatorKinds.Contains(v.Hub.OperatorKind))
                    && (area is null || v.Hub.AreaIds.Contains(area))
                    && (activityStatuses is null || activityStatuses.Contains(v.ActivityStatus)));
                Comparison<HubView> by = c.GetArgument<HubOrder>("orderBy") switch
                {
                    HubOrder.Name => (a, b) => string.CompareOrdinal(a.Hub.Name, b.Hub.Name),
                    _ => (a, b) => string.CompareOrdinal(a.Hub.HubId, b.Hub.HubId),
                };
                return Pages.Slice(Ordering.Sorted(listed, by, c.GetArgument<SortDirection>("direction"), Key), Key, NodeTypeNames.CollaborationHub, page);
            });

    private static string Key(HubView view) => view.Hub.HubId;
}
