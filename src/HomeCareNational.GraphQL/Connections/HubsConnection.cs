using GraphQL.Builders;
using HomeCareNational.GraphQL.Types;

namespace HomeCareNational.GraphQL.Connections;

/// <summary>The register's collaboration hubs as a paged list, with filters and sorting.</summary>
internal static class HubsConnection
{
    /// <summary>The register's own list: keyed within the prefecture.</summary>
    public static void AddHubsConnection(this ObjectGraphType<RegisterView> register) =>
        register.AddHubsConnection("hubs", c => Task.FromResult(c.Source.Hubs), Key);

    /// <summary>
    /// The list with its filters, sorting and paging over the items <paramref name="listAsync"/> gives, each named by
    /// <paramref name="key"/> (unique in the list: its cursor and the tie-breaker of its order).
    /// </summary>
    public static FieldBuilder<TSource, object> AddHubsConnection<TSource>(
        this ObjectGraphType<TSource> type, string name, Func<IResolveFieldContext<TSource>, Task<IEnumerable<HubView>>> listAsync, Func<HubView, string> key) =>
        type.Field<NonNullGraphType<PageConnectionType<CollaborationHubType>>>(name)
            .Description("Collaboration hubs. Filters combine: a hub is listed when it passes every filter given.")
            .Argument<ListGraphType<NonNullGraphType<HubOperatorKindEnum>>>("operatorKind", "Only hubs run by one of these kinds of body.")
            .Argument<StringGraphType>("areaId", "Only hubs that cover this home-care area.")
            .Argument<ListGraphType<NonNullGraphType<HubActivityStatusEnum>>>(
                "activityStatus",
                "Only hubs with one of these activity statuses in the fiscal year, e.g. [INACTIVE, NOT_REPORTED] for those to follow up.")
            .Argument<NonNullGraphType<HubOrderEnum>>("orderBy", "What to sort by.", a => a.DefaultValue = HubOrder.Id)
            .Argument<NonNullGraphType<SortDirectionEnum>>("direction", "Which way to sort.", a => a.DefaultValue = SortDirection.Ascending)
            .Paged()
            .ResolveAsync(async c =>
            {
                var page = PageRequest.From(c);
                var operatorKinds = c.GetArgument<List<HubOperatorKind>?>("operatorKind");
                var area = c.GetArgument<string?>("areaId");
                var activityStatuses = c.GetArgument<List<HubActivityStatus>?>("activityStatus");
                var listed = (await listAsync(c)).Where(v =>
                    (operatorKinds is null || operatorKinds.Contains(v.Hub.OperatorKind))
                    && (area is null || v.Hub.AreaIds.Contains(area))
                    && (activityStatuses is null || activityStatuses.Contains(v.ActivityStatus)));
                Comparison<HubView> by = c.GetArgument<HubOrder>("orderBy") switch
                {
                    HubOrder.Name => (a, b) => string.CompareOrdinal(a.Hub.Name, b.Hub.Name),
                    _ => (a, b) => string.CompareOrdinal(a.Hub.HubId, b.Hub.HubId),
                };
                return Pages.Slice(Ordering.Sorted(listed, by, c.GetArgument<SortDirection>("direction"), key), key, NodeTypeNames.CollaborationHub, page);
            });

    private static string Key(HubView view) => view.Hub.HubId;
}
