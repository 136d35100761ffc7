using System.Text;
using GraphQL.Types.Relay.DataObjects;
using HomeCareNational.Domain.Validation;
using HomeCareNational.GraphQL.Errors;

namespace HomeCareNational.GraphQL.Connections;

/// <summary>
/// Cuts one page out of a whole list held in memory, as Relay's connection specification describes. A cursor names
/// its item by key (base64 of the list's name and the key), so a page boundary stays put when items are added or
/// removed elsewhere in the list. The page info is exact: there is a previous page when the page does not start the
/// list, a next one when it does not end it.
/// </summary>
public static class Pages
{
    private const char Separator = ':';

    /// <param name="items">The whole list, filtered and in order.</param>
    /// <param name="key">An item's key, unique in the list.</param>
    /// <param name="listName">What the list holds, so that a cursor of another list is refused.</param>
    /// <param name="page">The page asked for.</param>
    public static Connection<T> Slice<T>(IReadOnlyList<T> items, Func<T, string> key, string listName, PageRequest page)
    {
        var start = page.After is { } after ? IndexOf(items, key, listName, PageRequest.AfterArgument, after) + 1 : 0;
        var end = page.Before is { } before ? IndexOf(items, key, listName, PageRequest.BeforeArgument, before) : items.Count;
        end = Math.Max(start, end);
        if (page.First is { } first)
        {
            end = Math.Min(end, start + first);
        }

        if (page.Last is { } last)
        {
            start = Math.Max(start, end - last);
        }

        var edges = items.Skip(start).Take(end - start).Select(item => new Edge<T> { Cursor = Cursor(listName, key(item)), Node = item }).ToList();
        return new Connection<T>
        {
            TotalCount = items.Count,
            Edges = edges,
            PageInfo = new PageInfo
            {
                HasPreviousPage = start > 0,
                HasNextPage = end < items.Count,
                StartCursor = edges.FirstOrDefault()?.Cursor,
                EndCursor = edges.LastOrDefault()?.Cursor,
            },
        };
    }

    private static string Cursor(string listName, string key) => Convert.ToBase64String(Encoding.UTF8.GetBytes($"{listName}{Separator}{key}"));

    private static int IndexOf<T>(IReadOnlyList<T> items, Func<T, string> key, string listName, string argument, string cursor)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (Cursor(listName, key(items[i])) == cursor)
            {
                return i;
            }
        }

        throw HomeCareErrors.Invalid(new ValidationError(
            [argument],
            $"{argument} \"{Quoted(cursor)}\" is not the cursor of an item in this list: it comes from another list or from other filters, or the item has since been removed. Page again from the start."));
    }

    private static string Quoted(string cursor) => cursor.Length > 60 ? cursor[..60] + "…" : cursor;
}
