using HomeCareNational.Domain.Edits;

namespace HomeCareNational.DemoData.Tests;

/// <summary>The synthetic FY2025 history as data: every edit applies, in order, to the demo register opened for FY2025.</summary>
public sealed class HistoryTests
{
    [Fact]
    public void Every_edit_falls_in_FY2025_after_the_opening_in_time_order()
    {
        var edits = DemoHistory.Edits();

        Assert.NotEmpty(edits);
        Assert.All(edits, e => Assert.Equal(DemoHistory.FiscalYear, FiscalYear.Of(DateOnly.FromDateTime(e.At.ToOffset(TimeSpan.FromHours(9)).DateTime))));
        Assert.All(edits, e => Assert.True(e.At > DemoHistory.OpenedAt));
        Assert.Equal(edits.OrderBy(e => e.At), edits);
        Assert.Equal(Enumerable.Range(0, DemoHistory.Months), edits.Select(e => e.Month).Distinct().Order());
    }

    [Fact]
    public void Each_prefectures_edits_validate_and_apply_in_order_on_its_register_opened_for_FY2025()
    {
        var outcomes = new List<ReviewOutcome>();
        foreach (var (code, register) in DemoRegister.Generate())
        {
            var current = register;
            foreach (var edit in DemoHistory.Edits().Where(e => e.PrefectureCode == code))
            {
                Assert.Empty(edit.Edit.Validate(code, DemoHistory.FiscalYear, current));
                current = edit.Edit.Apply(current);
                if (edit.Edit is RecordReview review)
                {
                    outcomes.Add(review.Review.Outcome);
                }
            }
        }

        Assert.Equal([ReviewOutcome.Withdrawn, ReviewOutcome.ReplacedByClinical, ReviewOutcome.Kept], outcomes.Distinct().Order());
    }
}
