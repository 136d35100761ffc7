using HomeCareNational.Import.Columns;

namespace HomeCareNational.Import.Tests;

/// <summary>The register file imports every field of a designation that a prefecture submits, each column filling one field.</summary>
public sealed class ColumnFieldTests
{
    [Fact]
    public void Every_submitted_field_of_a_designation_has_a_column()
    {
        // The review is recorded by its own edit after the designation, never submitted with it (nor in its input type).
        var submitted = InstitutionFields.All.Remove(InstitutionFields.Review);

        Assert.Equal(submitted, RegisterColumns.All.Select(c => c.Field).Distinct());
    }

    [Fact]
    public void The_functions_are_one_column_each()
    {
        Assert.Equal(4, RegisterColumns.All.Count(c => c.Field == InstitutionFields.Functions));
    }
}
