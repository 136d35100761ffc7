using HomeCareNational.GraphQL.Authorization;

namespace HomeCareNational.GraphQL.Types;

/// <summary>A prefecture's totals.</summary>
public sealed class PrefectureType : ObjectGraphType<PrefectureView>
{
    public PrefectureType()
    {
        Name = NodeTypeNames.Prefecture;
        Description = "A prefecture (都道府県), a tenant of the service, and its totals for one fiscal year.";
        this.ImplementNode();
        Field<NonNullGraphType<StringGraphType>>("code").Description("JIS X 0401 code, \"01\" to \"47\".").Resolve(c => c.Source.Prefecture.Code);
        Field<NonNullGraphType<StringGraphType>>("nameJa").Description("Japanese name, e.g. 岡山県.").Resolve(c => c.Source.Prefecture.NameJa);
        Field<NonNullGraphType<StringGraphType>>("nameEn").Description("Romanised name, e.g. Okayama.").Resolve(c => c.Source.Prefecture.NameEn);
        Field<NonNullGraphType<RegionType>>("region")
            .Description("The region the prefecture belongs to, with its totals for the same fiscal year.")
            .ResolveAsync(async c => await TotalsReader.Of(c).RegionAsync(c.Source.Region.Code, c.Source.FiscalYear));
        this.AddNationalField();
        this.AddTotalsFields(async (reader, prefecture, year) => await reader.PrefectureAsync(prefecture.Prefecture.Code, year));
        Field<PrefectureRegisterType>("register")
            .Description("The register itself, institution by institution; null when nothing was submitted for the fiscal year. Ministry analysts, and the prefecture's own staff.")
            .RequireAccess(AccessPolicies.PrefectureDetail)
            .ResolveAsync(async c => await TotalsReader.Of(c).RegisterAsync(c.Source.Prefecture.Code, c.Source.FiscalYear));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RegisterChangeType>>>>("changes")
            .Description("Every accepted change of the fiscal year's register, oldest first, with who made it. Ministry analysts, and the prefecture's own staff.")
            .RequireAccess(AccessPolicies.PrefectureDetail)
            .ResolveAsync(async c => await TotalsReader.Of(c).ChangesAsync(c.Source.Prefecture.Code, c.Source.FiscalYear));
    }
}
