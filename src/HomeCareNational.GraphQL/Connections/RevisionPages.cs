using System.Globalization;
using System.Text;
using HomeCareNational.Domain.Validation;
using HomeCareNational.GraphQL.Connections;
using HomeCareNational.GraphQL.Errors;

namespace HomeCareNational.GraphQL.Connections;

/// <summary>
/// Pages through a register's revisions by version number, so that a page reads only its own revisions from the
/// history. Versions run 1, 2, 3, … without gaps, so the list of revisions at or after an instant is the versions
/// <c>lowest</c> to the committed one, and a cursor is a version (base64 of <c>Revision:{version}</c>): it stays put
/// whatever is accepted later. The arithmetic follows <see cref="Pages.Slice"/> exactly.
/// </summary>
public static class RevisionPages
{
    private const string Prefix = "Revision:";

    public static string Cursor(long version) => Convert.ToBase64String(Encoding.UTF8.GetBytes(Prefix + version.ToString(CultureInfo.InvariantCulture)));

    /// <summary>The versions of one page.</summary>
    /// <param name="lowest">The first version in the list (1, or the first at or after <c>since</c>).</param>
    /// <param name="highest">The last version in the list: the committed version, 0 when there is none.</param>
    /// <param name="page">The page asked for.</param>
    /// <exception cref="ExecutionError">VALIDATION_FAILED for a cursor that is not a revision's, or names a version the register does not have.</exception>
    public static RevisionWindow Window(long lowest, long highest, PageRequest page)
    {
        var end = highest + 1;
        var start = lowest;
        if (page.After is { } after)
        {
            start = Math.Max(start, VersionOf(PageRequest.AfterArgument, after, highest) + 1);
        }

        if (page.Before is { } before)
        {
            end = Math.Min(end, VersionOf(PageRequest.BeforeArgument, before, highest));
        }

        end = Math.Max(start, end);
        if (page.First is { } first)
        {
            end = Math.Min(end, start + first);
        }

        if (page.Last is { } last)
        {
            start = Math.Max(start, end - last);
        }

        return new RevisionWindow(start, end - 1, Math.Max(0, highest - lowest + 1), start > lowest, end <= highest);
    }

    private static long VersionOf(string argument, string cursor, long highest)
    {
        var bytes = new byte[cursor.Length];
        var text = Convert.TryFromBase64String(cursor, bytes, out var length) ? Encoding.UTF8.GetString(bytes, 0, length) : null;
        if (text is not null && text.StartsWith(Prefix, StringComparison.Ordinal)
            && long.TryParse(text.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var version)
            && version >= 1 && version <= highest)
        {
            return version;
        }

        throw HomeCareErrors.Invalid(new ValidationError(
            [argument],
            $"{argument} \"{(cursor.Length > 60 ? cursor[..60] + "…" : cursor)}\" is not the cursor of a revision of this register. Page again from the start."));
    }
}

/// <summary>The versions of a page of revisions.</summary>
/// <param name="From">The page's first version.</param>
/// <param name="To">Its last version, included; less than <paramref name="From"/> for an empty page.</param>
/// <param name="TotalCount">How many revisions the whole list holds.</param>
/// <param name="HasPreviousPage">Whether the list has revisions before the page.</param>
/// <param name="HasNextPage">Whether it has revisions after the page.</param>
public sealed record RevisionWindow(long From, long To, long TotalCount, bool HasPreviousPage, bool HasNextPage)
{
    public bool IsEmpty => To < From;
}
