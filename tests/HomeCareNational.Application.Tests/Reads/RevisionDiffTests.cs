using System.Collections.Immutable;
using HomeCareNational.Abstractions;
using HomeCareNational.Abstractions.History;
using HomeCareNational.Application.Reads;

namespace HomeCareNational.Application.Tests.Reads;

/// <summary>The net change between two revisions, computed from the revisions alone (no service).</summary>
public sealed class RevisionDiffTests
{
    private static readonly ChangeAttribution By = ChangeAttribution.Service("tests");

    [Fact]
    public void Each_record_goes_from_its_first_touchs_before_to_its_last_touchs_after()
    {
        var diff = RevisionDiff.Of(1, 3,
        [
            Revision(2, Designation("X1", """{"name":"a"}""", """{"name":"b"}""")),
            Revision(3, Designation("X1", """{"name":"b"}""", """{"name":"c"}""")),
        ]);

        var change = Assert.Single(diff.Changes);
        Assert.Equal(("""{"name":"a"}""", """{"name":"c"}"""), (change.Before, change.After));
        Assert.Equal((0, 1, 0), (diff.Added, diff.Altered, diff.Removed));
    }

    [Fact]
    public void Records_that_end_as_they_started_are_left_out()
    {
        var diff = RevisionDiff.Of(0, 4,
        [
            Revision(1, Designation("added-then-removed", null, """{"name":"a"}""")),
            Revision(2, Designation("added-then-removed", """{"name":"a"}""", null), Designation("altered-back", null, """{"a":1,"b":2}""")),
            Revision(3, Designation("altered-back", """{"a":1,"b":2}""", """{"a":9,"b":2}""")),
            // The same values written in another order are the same record.
            Revision(4, Designation("altered-back", """{"a":9,"b":2}""", """{"b":2,"a":1}""")),
        ]);

        var change = Assert.Single(diff.Changes);
        Assert.Equal(("altered-back", null), (change.Id, change.Before));
    }

    [Fact]
    public void Changes_come_by_kind_then_id_whatever_order_the_revisions_come_in()
    {
        var diff = RevisionDiff.Of(0, 2,
        [
            Revision(2, Designation("b", null, "{}"), new RecordChange(RecordKind.Area, "Z", null, "{}")),
            Revision(1, Designation("a", null, "{}"), new RecordChange(RecordKind.Hub, "H", null, "{}")),
        ]);

        Assert.Equal(
            [(RecordKind.Area, "Z"), (RecordKind.Hub, "H"), (RecordKind.Designation, "a"), (RecordKind.Designation, "b")],
            diff.Changes.Select(c => (c.Kind, c.Id)));
    }

    [Fact]
    public void The_same_id_of_different_kinds_are_different_records()
    {
        var diff = RevisionDiff.Of(0, 1, [Revision(1, new RecordChange(RecordKind.Hub, "H1", null, "{}"), new RecordChange(RecordKind.HubActivityReport, "H1", null, "{}"))]);

        Assert.Equal(2, diff.Changes.Length);
    }

    [Fact]
    public void An_empty_span_has_no_changes()
    {
        var diff = RevisionDiff.Of(3, 3, []);

        Assert.Empty(diff.Changes);
    }

    [Theory]
    [InlineData(new long[] { 2 })]
    [InlineData(new long[] { 2, 3, 4 })]
    [InlineData(new long[] { 2, 2 })]
    [InlineData(new long[] { 1, 2 })]
    public void A_missing_duplicate_or_foreign_revision_is_refused(long[] versions)
    {
        Assert.Throws<ArgumentException>(() => RevisionDiff.Of(1, 3, versions.Select(v => Revision(v))));
    }

    [Fact]
    public void Changed_fields_are_the_top_level_properties_whose_values_differ()
    {
        var altered = new RecordChange(RecordKind.Designation, "X", """{"a":1,"b":{"c":[1,2]},"gone":true,"same":"s"}""", """{"a":2,"b":{"c":[1,2]},"same":"s","new":null}""");
        var added = new RecordChange(RecordKind.Designation, "X", null, """{"a":1,"b":2}""");

        Assert.Equal(["a", "new", "gone"], RecordComparison.ChangedFields(altered));
        Assert.Equal(RecordChangeKind.Altered, RecordComparison.KindOf(altered));
        Assert.Equal(["a", "b"], RecordComparison.ChangedFields(added));
        Assert.Equal(RecordChangeKind.Added, RecordComparison.KindOf(added));
        Assert.Equal(RecordChangeKind.Removed, RecordComparison.KindOf(added with { Before = added.After, After = null }));
    }

    private static RecordChange Designation(string id, string? before, string? after) => new(RecordKind.Designation, id, before, after);

    private static RegisterEvent Revision(long version, params RecordChange[] changes) =>
        new("43", 2049, version, DateTimeOffset.UnixEpoch.AddMinutes(version), "submitDesignations", By, null, [.. changes]);
}
