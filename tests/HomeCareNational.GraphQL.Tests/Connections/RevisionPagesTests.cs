using HomeCareNational.GraphQL.Connections;

namespace HomeCareNational.GraphQL.Tests.Connections;

/// <summary>Which versions a page of revisions holds, worked out without reading them (no service).</summary>
public sealed class RevisionPagesTests
{
    [Theory]
    [InlineData(null, null, null, null, 1, 3, false, true)]
    [InlineData(3, 3, null, null, 4, 6, true, true)]
    [InlineData(3, 9, null, null, 10, 10, true, false)]
    [InlineData(null, null, 3, null, 8, 10, true, false)]
    [InlineData(null, null, 3, 8, 5, 7, true, true)]
    [InlineData(null, null, 5, 3, 1, 2, false, true)]
    [InlineData(100, null, null, null, 1, 10, false, false)]
    public void A_page_holds_the_versions_its_arguments_select(int? first, int? after, int? last, int? before, long from, long to, bool previous, bool next)
    {
        var page = new PageRequest(first ?? (last is null ? 3 : null), Cursor(after), last, Cursor(before));

        var window = RevisionPages.Window(1, 10, page);

        Assert.Equal(new RevisionWindow(from, to, 10, previous, next), window);
    }

    [Fact]
    public void Since_an_instant_the_list_starts_at_the_first_version_accepted_then()
    {
        var window = RevisionPages.Window(8, 10, new PageRequest(100, Cursor(2), null, null));

        Assert.Equal(new RevisionWindow(8, 10, 3, false, false), window);
    }

    [Fact]
    public void After_the_last_revision_there_is_nothing()
    {
        var window = RevisionPages.Window(11, 10, new PageRequest(20, null, null, null));

        Assert.True(window.IsEmpty);
        Assert.Equal((0L, false, false), (window.TotalCount, window.HasPreviousPage, window.HasNextPage));
    }

    [Theory]
    [InlineData("UmV2aXNpb246MTE=")]
    [InlineData("UmV2aXNpb246MA==")]
    [InlineData("SW5zdGl0dXRpb246Mw==")]
    [InlineData("not base64!")]
    public void A_cursor_of_no_revision_of_the_register_is_refused(string cursor)
    {
        var error = Assert.Throws<global::GraphQL.ExecutionError>(() => RevisionPages.Window(1, 10, new PageRequest(1, cursor, null, null)));

        Assert.Equal("VALIDATION_FAILED", error.Code);
    }

    private static string? Cursor(int? version) => version is { } v ? RevisionPages.Cursor(v) : null;
}
