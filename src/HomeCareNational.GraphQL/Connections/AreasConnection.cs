using GraphQL.Builders;
using HomeCareNational.GraphQL.Types;

namespace HomeCareNational.GraphQL.Connections;

/// <summary>The register's home-care areas as a paged list, with filters and sorting.</summary>
internal static class AreasConnection
{
    /// <summary>The register's own list: keyed within the prefecture.</summary>
    public static void AddAreasConnection(this ObjectGraphType<RegisterView> register) =>
        register.AddAreasConnection("areas", c => Task.FromResult(c.Source.Areas), Key);

    /// <summary>
    /// The list with its filters, sorting and paging over the items <paramref name="listAsync"/> gives, each named by
    /// <paramref name="key"/> (unique in the list: its cursor and the tie-breaker of its order).
    /// </summary>
    public static FieldBuilder<TSource, object> AddAreasConnection<TSource>(
        this ObjectGraphType<TSource> type, string name, Func<IResolveFieldContext<TSource>, Task<IEnumerable<AreaView>>> listAsync, Func<AreaView, string> key) =>
        type.Field<NonNullGraphType<PageConnectionType<HomeCareAreaType>>>(name)
            .Description("Home-care areas. Filters combine: an area is listed when it passes every filter given.")
            .Argument<ListGraphType<NonNullGraphType<AreaUnitTypeEnum>>>("unitType", "Only areas drawn in one of these units.")
            .Argument<BooleanGraphType>("hasHub", "Only areas some collaboration hub covers (true), or only areas none covers (false).")
            .Argument<BooleanGraphType>("hasActiveHub", "Only areas some ACTIVE collaboration hub covers (true), or only areas none covers (false).")
            .Argument<BooleanGraphType>(
                "hasDesignatedInstitution",
                "Only areas with at least one designation in force (true), or only areas with none (false).")
            .Argument<NonNullGraphType<AreaOrderEnum>>("orderBy", "What to sort by.", a => a.DefaultValue = AreaOrder.Id)
            .Argument<NonNullGraphType<SortDirectionEnum>>("direction", "Which way to sort.", a => a.DefaultValue = SortDirection.Ascending)
            .Paged()
            .ResolveAsync(async c =>
            {
                var page = PageRequest.From(c);
                var unitTypes = c.GetArgument<List<AreaUnitType>?>("unitType");
                var hasHub = c.GetArgument<bool?>("hasHub");
                var hasActiveHub = c.GetArgument<bool?>("hasActiveHub");
                var hasDesignation = c.GetArgument<bool?>("hasDesignatedInstitution");
                var listed = (await listAsync(c)).Where(v =>
                    (unitTypes is null || unitTypes.Contains(v.Area.UnitType))
                    && (hasHub is null || v.Coverage.HasHub == hasHub)
                    && (hasActiveHub is null || v.Coverage.HasActiveHub == hasActiveHub)
                    && (hasDesignation is null || v.Coverage.HasDesignatedInstitution == hasDesignation));
                Comparison<AreaView> by = c.GetArgument<AreaOrder>("orderBy") switch
                {
                    AreaOrder.Name => (a, b) => string.CompareOrdinal(a.Area.Name, b.Area.Name),
                    _ => (a, b) => string.CompareOrdinal(a.Area.AreaId, b.Area.AreaId),
                };
                return Pages.Slice(Ordering.Sorted(listed, by, c.GetArgument<SortDirection>("direction"), key), key, NodeTypeNames.HomeCareArea, page);
            });

    private static string Key(AreaView view) => view.Area.AreaId;
}
