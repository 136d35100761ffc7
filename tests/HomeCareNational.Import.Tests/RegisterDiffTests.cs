using HomeCareNational.Import.Diff;

namespace HomeCareNational.Import.Tests;

public sealed class RegisterDiffTests
{
    private static readonly DesignatedInstitution[] Current =
        [Samples.Institution(1), Samples.Institution(2), Samples.Institution(3), Samples.Institution(4)];

    [Fact]
    public void The_same_list_changes_nothing()
    {
        var changes = RegisterDiff.Compute(Current, [.. Current.Reverse()]);

        Assert.True(changes.IsEmpty);
        Assert.Equal(4, changes.Unchanged);
    }

    [Fact]
    public void New_codes_are_added_changed_values_updated_and_missing_codes_withdrawn()
    {
        var renamed = Samples.Institution(2) with { Name = "（テスト）改称" };
        var changes = RegisterDiff.Compute(Current, [Samples.Institution(5), Samples.Institution(1), renamed, Samples.Institution(4)]);

        Assert.Equal<DesignatedInstitution>([Samples.Institution(5)], changes.Added);
        Assert.Equal<InstitutionUpdate>([new InstitutionUpdate(Samples.Institution(2), renamed)], changes.Updated);
        Assert.Equal<DesignatedInstitution>([Samples.Institution(3)], changes.Withdrawn);
        Assert.Equal(2, changes.Unchanged);
    }

    [Fact]
    public void A_status_changed_to_withdrawn_counts_as_withdrawn_not_updated()
    {
        var withdrawn = Samples.Institution(3) with { Status = DesignationStatus.Withdrawn };

        var changes = RegisterDiff.Compute(Current, [Samples.Institution(1), Samples.Institution(2), withdrawn, Samples.Institution(4)]);

        Assert.Equal<DesignatedInstitution>([Samples.Institution(3)], changes.Withdrawn);
        Assert.Empty(changes.Updated);
        Assert.Empty(changes.Added);
    }

    [Fact]
    public void A_withdrawn_designation_put_back_in_force_is_an_update()
    {
        var before = Samples.Institution(1) with { Status = DesignationStatus.Withdrawn };

        var changes = RegisterDiff.Compute([before], [Samples.Institution(1)]);

        Assert.Equal<InstitutionUpdate>([new InstitutionUpdate(before, Samples.Institution(1))], changes.Updated);
        Assert.Empty(changes.Withdrawn);
    }

    [Fact]
    public void Every_list_is_ordered_by_code()
    {
        var changes = RegisterDiff.Compute([Samples.Institution(9), Samples.Institution(8)], [Samples.Institution(7), Samples.Institution(6)]);

        Assert.Equal([Samples.Code(6), Samples.Code(7)], changes.Added.Select(x => x.InstitutionCode));
        Assert.Equal([Samples.Code(8), Samples.Code(9)], changes.Withdrawn.Select(x => x.InstitutionCode));
    }

    [Fact]
    public void An_imported_result_feeds_the_diff_directly()
    {
        var imported = Samples.ImportCsv(Samples.Rows(2));

        var changes = RegisterDiff.Compute(Current, imported.Institutions);

        Assert.Equal([Samples.Code(3), Samples.Code(4)], changes.Withdrawn.Select(x => x.InstitutionCode));
        Assert.Equal(2, changes.Unchanged);
    }
}
