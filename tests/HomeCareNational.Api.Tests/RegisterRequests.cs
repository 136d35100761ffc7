using System.Globalization;
using System.Text.Json.Nodes;

namespace HomeCareNational.Api.Tests;

/// <summary>The requests tests submit a prefecture's register with, and read the national totals back by.</summary>
public static class RegisterRequests
{
    public const string SubmitDesignations = """
        mutation ($prefecture: String!, $year: Int!, $institutions: [DesignatedInstitutionInput!]!) {
          submitDesignations(prefecture: $prefecture, fiscalYear: $year, institutions: $institutions) {
            code designations { total clinical nonClinical byKind { kind count } } version
          }
        }
        """;

    /// <summary>One institution in home-care area <c>A1</c>, which <see cref="SubmitAreasAsync"/> creates.</summary>
    public static DesignatedInstitutionInput Institution(string code, string kind, string municipality) =>
        new(code, $"テスト機関 {code}", kind, municipality, "A1", ["DISCHARGE_SUPPORT", "END_OF_LIFE_CARE"], Provides24Hours: true, "2026-05-01");

    /// <summary>Gives the prefecture one home-care area, <c>A1</c>, holding <paramref name="municipality"/>.</summary>
    public static async Task SubmitAreasAsync(this HttpClient editor, string prefecture, int year, string municipality)
    {
        var response = await editor.PostGraphQLAsync("""
            mutation ($prefecture: String!, $year: Int!, $areas: [HomeCareAreaInput!]!) {
              submitHomeCareAreas(prefecture: $prefecture, fiscalYear: $year, areas: $areas) { areas { total } }
            }
            """, new
        {
            prefecture,
            year,
            areas = new[] { new HomeCareAreaInput("A1", "テスト圏域", "SECONDARY_MEDICAL_AREA", [municipality]) },
        });
        Assert.True(response.Errors.Count == 0, $"The areas were refused: {response.Body.ToJsonString()}");
    }

    /// <summary>Replaces the prefecture's whole register for the year (areas, then hubs, then designations), refusing the test on any error.</summary>
    public static async Task SubmitRegisterAsync(
        this HttpClient editor, string prefecture, int year,
        IReadOnlyList<HomeCareAreaInput> areas, IReadOnlyList<CollaborationHubInput> hubs, IReadOnlyList<DesignatedInstitutionInput> institutions)
    {
        var submissions = new (string Mutation, object Variables)[]
        {
            ("""
                mutation ($prefecture: String!, $year: Int!, $areas: [HomeCareAreaInput!]!) {
                  submitHomeCareAreas(prefecture: $prefecture, fiscalYear: $year, areas: $areas) { version }
                }
                """, new { prefecture, year, areas }),
            ("""
                mutation ($prefecture: String!, $year: Int!, $hubs: [CollaborationHubInput!]!) {
                  submitCollaborationHubs(prefecture: $prefecture, fiscalYear: $year, hubs: $hubs) { version }
                }
                """, new { prefecture, year, hubs }),
            (SubmitDesignations, new { prefecture, year, institutions }),
        };
        foreach (var (mutation, variables) in submissions)
        {
            var response = await editor.PostGraphQLAsync(mutation, variables);
            Assert.True(response.Errors.Count == 0, response.Body.ToJsonString());
        }
    }

    /// <summary>The national totals of a fiscal year: designations, hubs, version and as-of.</summary>
    public static async Task<JsonNode> NationalAsync(this HttpClient reader, int year)
    {
        var response = await reader.PostGraphQLAsync(string.Create(CultureInfo.InvariantCulture,
            $"{{ national(fiscalYear: {year}) {{ designations {{ total clinical nonClinical }} hubs {{ total }} version asOf }} }}"));
        Assert.Empty(response.Errors);
        return response.Data!["national"]!;
    }
}
