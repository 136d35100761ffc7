namespace HomeCareNational.GraphQL.Types;

/// <summary>A prefecture's place in the ranking by non-clinical share.</summary>
public sealed class PrefectureRankType : ObjectGraphType<PrefectureRank>
{
    public PrefectureRankType()
    {
        Name = "PrefectureRank";
        Description = "A prefecture's place among the prefectures ranked by the share of non-clinical designations (病院・診療所以外の割合), highest first.";
        Field(r => r.Rank).Description("1 for the highest share. Equal shares share a rank, and the next rank counts them all (1, 2, 2, 4).");
        Field(r => r.NonClinicalShare).Description("NonClinical / total of the designations in force, from 0 to 1.");
        Field<NonNullGraphType<PrefectureType>>("prefecture").Description("The prefecture, with its totals for the same fiscal year.").Resolve(c => c.Source.Prefecture);
    }
}
