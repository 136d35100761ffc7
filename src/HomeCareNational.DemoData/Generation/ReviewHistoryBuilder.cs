using System.Globalization;
using HomeCareNational.DemoData.Figures;
using HomeCareNational.Domain.Edits;

namespace HomeCareNational.DemoData.Generation;

/// <summary>Builds the review of non-clinical designations over the months of <see cref="DemoHistory.FiscalYear"/>.</summary>
internal static class ReviewHistoryBuilder
{
    public static readonly TimeSpan Japan = TimeSpan.FromHours(9);

    /// <summary>
    /// The share of non-clinical designations reviewed by the year's end: enough for a clear fall of the open count,
    /// few enough that loading the history (one grain call per review) stays a matter of seconds.
    /// </summary>
    private const int ReviewedPercent = 8;

    /// <summary>Reviews pick up after the first months, as prefectures settle their criteria (weight per month, April first).</summary>
    private static readonly int[] MonthWeights = [4, 5, 6, 8, 9, 10, 10, 10, 10, 10, 9, 9];

    private static readonly IReadOnlyList<Weighted<ReviewOutcome>> Outcomes =
    [
        new(ReviewOutcome.Withdrawn, 45),
        new(ReviewOutcome.ReplacedByClinical, 25),
        new(ReviewOutcome.Kept, 30),
    ];

    private static readonly string[] KeptReasons =
    [
        "（デモ）24時間の訪問体制を確認したため継続",
        "（デモ）圏域内に代替となる医療機関がないため継続",
        "（デモ）医療機関との連携実績を確認したため継続",
    ];

    /// <summary>A new clinic takes a replaced designation's place, then the review names it.</summary>
    private const InstitutionKind ReplacementKind = InstitutionKind.HomeCareSupportClinic;

    /// <summary>A replacement is designated this long before the review that names it.</summary>
    private static readonly TimeSpan ReplacementLead = TimeSpan.FromMinutes(30);

    public static ImmutableArray<DemoHistoryEdit> Build(IReadOnlyDictionary<string, PrefectureRegister> registers) =>
        [.. registers.SelectMany(entry => ForPrefecture(Prefectures.Get(entry.Key), entry.Value)).OrderBy(e => e.At).ThenBy(e => e.PrefectureCode, StringComparer.Ordinal)];

    private static IEnumerable<DemoHistoryEdit> ForPrefecture(Prefecture prefecture, PrefectureRegister register)
    {
        // A generator of its own per prefecture (2025xx), as the register's, so the history never reshuffles the register.
        var random = new Random((DemoHistory.FiscalYear * 100) + int.Parse(prefecture.Code, CultureInfo.InvariantCulture));
        var toReview = register.Institutions.Where(i => !i.Kind.IsClinical() && i.Status == DesignationStatus.Active)
            .Where(_ => random.Chance(ReviewedPercent))
            .ToList();
        var nextSerial = register.Institutions.Length + 1;
        var months = Enumerable.Range(0, DemoHistory.Months).Select(m => new Weighted<int>(m, MonthWeights[m])).ToList();
        foreach (var institution in toReview)
        {
            var month = random.Pick(months);
            var at = TimeIn(month, random);
            var outcome = random.Pick(Outcomes);
            var decidedOn = DateOnly.FromDateTime(at.DateTime);
            switch (outcome)
            {
                case ReviewOutcome.ReplacedByClinical:
                    var replacement = Replacement(prefecture, institution, nextSerial++, decidedOn, random);
                    yield return new(month, prefecture.Code, at - ReplacementLead, new AddDesignation(replacement));
                    yield return new(month, prefecture.Code, at, new RecordReview(institution.InstitutionCode, new DesignationReview(outcome, null, replacement.InstitutionCode, decidedOn)));
                    break;
                case ReviewOutcome.Kept:
                    yield return new(month, prefecture.Code, at, new RecordReview(institution.InstitutionCode, new DesignationReview(outcome, KeptReasons[random.Next(KeptReasons.Length)], null, decidedOn)));
                    break;
                default:
                    yield return new(month, prefecture.Code, at, new RecordReview(institution.InstitutionCode, new DesignationReview(outcome, null, null, decidedOn)));
                    break;
            }
        }
    }

    /// <summary>A working day's hour in Japan, in the given month of the fiscal year (the 1st to the 28th, so every month has it).</summary>
    private static DateTimeOffset TimeIn(int month, Random random)
    {
        var first = FiscalYear.StartsOn(DemoHistory.FiscalYear).AddMonths(month);
        var day = first.AddDays(random.Next(28));
        // Office hours from 10:00, so a replacement designated half an hour earlier is still the same day.
        return new DateTimeOffset(day.ToDateTime(new TimeOnly(10 + random.Next(8), random.Next(60))), Japan);
    }

    private static DesignatedInstitution Replacement(Prefecture prefecture, DesignatedInstitution replaced, int serial, DateOnly designatedOn, Random random) =>
        InstitutionBuilder.Designate(
            prefecture, ReplacementKind, serial, replaced.MunicipalityCode, replaced.HomeCareAreaId, ServiceProfile.For(ReplacementKind, random), designatedOn);
}
