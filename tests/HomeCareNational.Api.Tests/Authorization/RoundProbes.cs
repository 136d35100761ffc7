using HomeCareNational.Identity;

namespace HomeCareNational.Api.Tests.Authorization;

/// <summary>
/// The reporting rounds the round probes of <see cref="AccessProbes"/> work on, so that each allowed probe succeeds
/// whatever order the matrix runs them in: FY<see cref="AccessProbes.RecordYear"/>'s round is open with both
/// prefectures' registers submitted (accept, extend, submit), FY<see cref="AccessProbes.Year"/>'s likewise (return),
/// and FY<see cref="OpenCloseYear"/>'s is open (open again with the same dates, close). Repeated, each step changes
/// nothing the second time.
/// </summary>
public static class RoundProbes
{
    public const int OpenCloseYear = 2028;

    public const string OpenCloseReferenceDate = "2028-04-01";
    public const string OpenCloseDeadline = "2028-06-30";

    /// <summary>Later than the deadline <see cref="PrepareAsync"/> opens FY<see cref="AccessProbes.RecordYear"/> with.</summary>
    public const string ExtendedDeadline = "2050-03-31";

    public static async Task PrepareAsync(ServiceFixture service, string own, string other)
    {
        var analyst = service.ClientFor(AppRoles.MinistryAnalyst);
        foreach (var (year, referenceDate, deadline) in new[]
        {
            (AccessProbes.RecordYear, "2049-04-01", "2050-03-30"),
            (AccessProbes.Year, "2027-04-01", "2027-06-30"),
            (OpenCloseYear, OpenCloseReferenceDate, OpenCloseDeadline),
        })
        {
            Ok(await analyst.PostGraphQLAsync(
                "mutation ($y: Int!, $r: DateOnly!, $d: DateOnly!) { openReportingRound(fiscalYear: $y, referenceDate: $r, deadline: $d) { version } }",
                new { y = year, r = referenceDate, d = deadline }));
        }

        foreach (var prefecture in new[] { own, other })
        {
            var editor = service.ClientFor(AppRoles.PrefectureEditor, prefecture);
            foreach (var year in new[] { AccessProbes.RecordYear, AccessProbes.Year })
            {
                if (prefecture != own || year != AccessProbes.RecordYear)
                {
                    await editor.SubmitAreasAsync(prefecture, year, $"{prefecture}201");
                }

                Ok(await editor.PostGraphQLAsync(
                    "mutation ($p: String!, $y: Int!) { submitToReportingRound(prefecture: $p, fiscalYear: $y) { version } }",
                    new { p = prefecture, y = year }));
            }
        }
    }

    private static void Ok(GraphQLResponse response) => Assert.True(response.Errors.Count == 0, response.Body.ToJsonString());
}
