using GraphQL.Builders;
using HomeCareNational.GraphQL.Types;

namespace HomeCareNational.GraphQL.Connections;

/// <summary>The register's designated institutions as a paged list, with filters and sorting.</summary>
internal static class InstitutionsConnection
{
    /// <summary>The register's own list: keyed within the prefecture.</summary>
    public static void AddInstitutionsConnection(this ObjectGraphType<RegisterView> register) =>
        register.AddInstitutionsConnection("institutions", c => Task.FromResult(c.Source.Institutions), Key);

    /// <summary>
    /// The list with its filters, sorting and paging over the items <paramref name="listAsync"/> gives, each named by
    /// <paramref name="key"/> (unique in the list: its cursor and the tie-breaker of its order).
    /// </summary>
    public static FieldBuilder<TSource, object> AddInstitutionsConnection<TSource>(
        this ObjectGraphType<TSource> type, string name, Func<IResolveFieldContext<TSource>, Task<IEnumerable<InstitutionView>>> listAsync, Func<InstitutionView, string> key) =>
        type.Field<NonNullGraphType<PageConnectionType<DesignatedInstitutionType>>>(name)
            .Description("Designated institutions, withdrawn ones included unless `status` says otherwise. Filters combine: an institution is listed when it passes every filter given.")
            .Argument<ListGraphType<NonNullGraphType<InstitutionKindEnum>>>("kind", "Only institutions of one of these kinds.")
            .Argument<BooleanGraphType>("clinical", "Only hospitals and clinics (true), or only other bodies (false).")
            .Argument<StringGraphType>("homeCareAreaId", "Only institutions in this home-care area.")
            .Argument<StringGraphType>("municipalityCode", "Only institutions in this municipality (5-digit JIS X 0402 code).")
            .Argument<DesignationStatusEnum>("status", "Only designations with this status, e.g. ACTIVE for those in force.")
            .Argument<ListGraphType<NonNullGraphType<ReviewStateEnum>>>(
                "reviewState",
                "Only designations in one of these states of the review of non-clinical designations, e.g. [OPEN] for those still to review.")
            .Argument<NonNullGraphType<InstitutionOrderEnum>>("orderBy", "What to sort by.", a => a.DefaultValue = InstitutionOrder.Code)
            .Argument<NonNullGraphType<SortDirectionEnum>>("direction", "Which way to sort.", a => a.DefaultValue = SortDirection.Ascending)
            .Paged()
            .ResolveAsync(async c =>
            {
                var page = PageRequest.From(c);
                var kinds = c.GetArgument<List<InstitutionKind>?>("kind");
                var clinical = c.GetArgument<bool?>("clinical");
                var area = c.GetArgument<string?>("homeCareAreaId");
                var municipality = c.GetArgument<string?>("municipalityCode");
                var status = c.GetArgument<DesignationStatus?>("status");
                var reviewStates = c.GetArgument<List<ReviewState>?>("reviewState");
                var listed = (await listAsync(c)).Where(v =>
                    (kinds is null || kinds.Contains(v.Institution.Kind))
                    && (clinical is null || v.Institution.Kind.IsClinical() == clinical)
                    && (area is null || v.Institution.HomeCareAreaId == area)
                    && (municipality is null || v.Institution.MunicipalityCode == municipality)
                    && (status is null || v.Institution.Status == status)
                    && (reviewStates is null || reviewStates.Contains(v.Institution.ReviewState)));
                Comparison<InstitutionView> by = c.GetArgument<InstitutionOrder>("orderBy") switch
                {
                    InstitutionOrder.Name => (a, b) => string.CompareOrdinal(a.Institution.Name, b.Institution.Name),
                    InstitutionOrder.DesignatedOn => (a, b) => a.Institution.DesignatedOn.CompareTo(b.Institution.DesignatedOn),
                    _ => (a, b) => string.CompareOrdinal(a.Institution.InstitutionCode, b.Institution.InstitutionCode),
                };
                return Pages.Slice(
                    Ordering.Sorted(listed, by, c.GetArgument<SortDirection>("direction"), key),
                    key,
                    NodeTypeNames.DesignatedInstitution,
                    page);
            });

    private static string Key(InstitutionView view) => view.Institution.InstitutionCode;
}
