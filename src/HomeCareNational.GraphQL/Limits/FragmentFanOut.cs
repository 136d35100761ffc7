using GraphQLParser.AST;

namespace HomeCareNational.GraphQL.Limits;

/// <summary>
/// How many selections a document's operations expand to with every fragment spread replaced by its fragment:
/// counted once per fragment (memoised), so in time linear in the document however far the spreads fan out.
/// </summary>
public static class FragmentFanOut
{
    /// <summary>The largest expansion of any operation, counted up to <paramref name="limit"/> + 1 (past it the exact count does not matter).</summary>
    public static long Count(GraphQLDocument document, long limit)
    {
        var fragments = new Dictionary<string, GraphQLFragmentDefinition>();
        foreach (var fragment in document.Definitions.OfType<GraphQLFragmentDefinition>())
        {
            fragments.TryAdd(fragment.FragmentName.Name.StringValue, fragment);
        }

        var counter = new Counter(fragments, limit + 1);
        return document.Definitions.OfType<GraphQLOperationDefinition>().Select(o => counter.Count(o.SelectionSet)).DefaultIfEmpty(0).Max();
    }

    private sealed class Counter(Dictionary<string, GraphQLFragmentDefinition> fragments, long cap)
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
                    GraphQLField field => 1 + Count(field.SelectionSet),
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
