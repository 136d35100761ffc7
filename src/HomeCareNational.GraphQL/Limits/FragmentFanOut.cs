using GraphQLParser.AST;

namespace HomeCareNational.GraphQL.Limits;

/// <summary>
/// What a document costs graphql-dotnet's validation rules once every fragment spread is replaced by its fragment,
/// counted once per fragment (memoised), so in time linear in the document however far the spreads fan out:
/// <see cref="Count"/>, the selections its operations expand to (the rules walk each), and <see cref="Widest"/>,
/// the most fields one selection set merges at its level (OverlappingFieldsCanBeMerged compares those pairwise, so
/// 2,000 copies of one field cost it a second).
/// </summary>
public static class FragmentFanOut
{
    /// <summary>The largest expansion of any operation, counted up to <paramref name="limit"/> + 1 (past it the exact count does not matter).</summary>
    public static long Count(GraphQLDocument document, long limit)
    {
        var counter = new Counter(Fragments(document), limit + 1, nested: true);
        return document.Definitions.OfType<GraphQLOperationDefinition>().Select(o => counter.Count(o.SelectionSet)).DefaultIfEmpty(0).Max();
    }

    /// <summary>The widest level of any selection set of the document, counted up to <paramref name="limit"/> + 1.</summary>
    public static long Widest(GraphQLDocument document, long limit)
    {
        var counter = new Counter(Fragments(document), limit + 1, nested: false);
        return SelectionSets(document).Select(counter.Count).DefaultIfEmpty(0).Max();
    }

    private static Dictionary<string, GraphQLFragmentDefinition> Fragments(GraphQLDocument document)
    {
        var fragments = new Dictionary<string, GraphQLFragmentDefinition>();
        foreach (var fragment in document.Definitions.OfType<GraphQLFragmentDefinition>())
        {
            fragments.TryAdd(fragment.FragmentName.Name.StringValue, fragment);
        }

        return fragments;
    }

    private static IEnumerable<GraphQLSelectionSet> SelectionSets(GraphQLDocument document)
    {
        var pending = new Stack<GraphQLSelectionSet>(document.Definitions.Select(definition => definition switch
        {
            GraphQLOperationDefinition operation => operation.SelectionSet,
            GraphQLFragmentDefinition fragment => fragment.SelectionSet,
            _ => null,
        }).OfType<GraphQLSelectionSet>());
        while (pending.TryPop(out var set))
        {
            yield return set;
            foreach (var inner in set.Selections.Select(Inner).OfType<GraphQLSelectionSet>())
            {
                pending.Push(inner);
            }
        }
    }

    private static GraphQLSelectionSet? Inner(ASTNode selection) => selection switch
    {
        GraphQLField field => field.SelectionSet,
        GraphQLInlineFragment inline => inline.SelectionSet,
        _ => null,
    };

    /// <param name="fragments">The document's fragments by name.</param>
    /// <param name="cap">Where counting stops: one past the limit.</param>
    /// <param name="nested">Whether a field counts the selections below it too (the expansion), or only itself (the width).</param>
    private sealed class Counter(Dictionary<string, GraphQLFragmentDefinition> fragments, long cap, bool nested)
    {
        private readonly Dictionary<string, long> _counted = [];

        /// <summary>Fragments being counted: a spread back into one is a cycle, which graphql-dotnet's NoFragmentCycles rule refuses.</summary>
        private readonly HashSet<string> _open = [];

        public long Count(GraphQLSelectionSet? selections)
        {
            long total = 0;
            foreach (var selection in selections?.Selections ?? [])
            {
                var count = selection switch
                {
                    GraphQLField field => 1 + (nested ? Count(field.SelectionSet) : 0),
                    GraphQLFragmentSpread spread => Fragment(spread.FragmentName.Name.StringValue),
                    GraphQLInlineFragment inline => Count(inline.SelectionSet),
                    _ => 0,
                };
                total = Math.Min(cap, total + count);
            }

            return total;
        }

        private long Fragment(string name)
        {
            if (_counted.TryGetValue(name, out var known))
            {
                return known;
            }

            if (!fragments.TryGetValue(name, out var fragment) || !_open.Add(name))
            {
                return 0;
            }

            var count = Count(fragment.SelectionSet);
            _open.Remove(name);
            _counted[name] = count;
            return count;
        }
    }
}
