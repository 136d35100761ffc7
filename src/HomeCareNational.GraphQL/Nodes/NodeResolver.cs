using HomeCareNational.GraphQL.Authorization;
using HomeCareNational.GraphQL.Errors;

namespace HomeCareNational.GraphQL.Nodes;

/// <summary>
/// Fetches an object by its global id. When the object's graph type declares a policy, the caller must satisfy it
/// for the prefecture the id names before anything is read, so a forbidden id reveals nothing about what it names.
/// An id that does not decode, or names nothing, is NOT_FOUND.
/// </summary>
public static class NodeResolver
{
    private static readonly Dictionary<string, NodeKind> Kinds = new()
    {
        [NodeTypeNames.National] = new(0, async (c, id) => await Readers.Totals(c).NationalAsync(id.FiscalYear)),
        [NodeTypeNames.Region] = new(1, async (c, id) => await Readers.Totals(c).RegionAsync(id.Key[0], id.FiscalYear)),
        [NodeTypeNames.Prefecture] = new(1, async (c, id) => await Readers.Totals(c).PrefectureAsync(id.Key[0], id.FiscalYear), ScopedByPrefecture: true),
        [NodeTypeNames.DesignatedInstitution] = new(2, async (c, id) =>
            (await RegisterAsync(c, id))?.Institutions.FirstOrDefault(v => v.Institution.InstitutionCode == id.Key[1]), ScopedByPrefecture: true),
        [NodeTypeNames.CollaborationHub] = new(2, async (c, id) =>
            (await RegisterAsync(c, id))?.Hubs.FirstOrDefault(v => v.Hub.HubId == id.Key[1]), ScopedByPrefecture: true),
        [NodeTypeNames.HomeCareArea] = new(2, async (c, id) =>
            (await RegisterAsync(c, id))?.Areas.FirstOrDefault(v => v.Area.AreaId == id.Key[1]), ScopedByPrefecture: true),
    };

    public static async Task<object?> ResolveAsync(IResolveFieldContext context, string encodedId)
    {
        if (NodeId.Decode(encodedId) is not { } id
            || !Kinds.TryGetValue(id.TypeName, out var kind)
            || id.Key.Length != kind.KeyLength
            || !FiscalYear.IsSupported(id.FiscalYear))
        {
            throw NotFound();
        }

        if (context.Schema.AllTypes[id.TypeName]?.Policy() is { } policy)
        {
            await ExecutionAccess.DemandAsync(context, policy, kind.ScopedByPrefecture ? id.Key[0] : null);
        }

        return await kind.Load(context, id) ?? throw NotFound();
    }

    private static async Task<RegisterView?> RegisterAsync(IResolveFieldContext context, NodeId id) =>
        Prefectures.TryGet(id.Key[0], out var prefecture) ? await Readers.Registers(context).RegisterAsync(prefecture.Code, id.FiscalYear) : null;

    private static ExecutionError NotFound() =>
        HomeCareErrors.NotFound("Nothing has this id: it is not an id of this API, or what it named is no longer in its register.");

    /// <summary>How to read one type of node.</summary>
    /// <param name="KeyLength">How many parts its key has.</param>
    /// <param name="Load">Reads the object, or null when there is none.</param>
    /// <param name="ScopedByPrefecture">Whether the key starts with the code of the prefecture the object is or belongs to.</param>
    private sealed record NodeKind(int KeyLength, Func<IResolveFieldContext, NodeId, Task<object?>> Load, bool ScopedByPrefecture = false);
}
