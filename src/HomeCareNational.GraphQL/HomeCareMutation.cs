using HomeCareNational.Domain.Validation;
using HomeCareNational.GraphQL.Authorization;
using HomeCareNational.GraphQL.Errors;
using HomeCareNational.GraphQL.Inputs;
using HomeCareNational.GraphQL.Types;

namespace HomeCareNational.GraphQL;

/// <summary>The root mutation: a prefecture submits its register, one part at a time.</summary>
public sealed class HomeCareMutation : ObjectGraphType
{
    public HomeCareMutation()
    {
        Name = "Mutation";
        Description = "Submit a prefecture's register for a fiscal year. Each submission replaces that part whole; an invalid one changes nothing.";

        SubmitField<HomeCareAreaInputType>(
            "submitHomeCareAreas",
            "areas",
            "Replaces the prefecture's home-care areas for the fiscal year. Refused if a hub or designation still uses an area left out.",
            (grain, year, c, by) => grain.SubmitAreasAsync(year, [.. c.GetArgument<List<HomeCareArea>>("areas")], by));

        SubmitField<CollaborationHubInputType>(
            "submitCollaborationHubs",
            "hubs",
            "Replaces the prefecture's collaboration hubs for the fiscal year. Submit the areas they cover first.",
            (grain, year, c, by) => grain.SubmitHubsAsync(year, [.. c.GetArgument<List<CollaborationHub>>("hubs")], by));

        SubmitField<DesignatedInstitutionInputType>(
            "submitDesignations",
            "institutions",
            "Replaces the prefecture's designated institutions for the fiscal year and returns its new totals. Submit the areas they name first.",
            (grain, year, c, by) => grain.SubmitDesignationsAsync(year, [.. c.GetArgument<List<DesignatedInstitution>>("institutions")], by));
    }

    private void SubmitField<TInput>(
        string name,
        string listArgument,
        string description,
        Func<IPrefectureGrain, int, IResolveFieldContext, ChangeAttribution, Task<SubmissionResult>> submit)
        where TInput : IInputObjectGraphType
    {
        Field<PrefectureType>(name)
            .Description(description + " Only the prefecture's own editors (Prefecture.Editor). Errors: FORBIDDEN, VALIDATION_FAILED (one per bad field, with extensions.field), NOT_FOUND (unknown prefecture).")
            .RequireAccess(AccessPolicies.PrefectureWrite, prefectureArgument: ActingPrefecture.ArgumentName)
            .Argument<NonNullGraphType<StringGraphType>>(ActingPrefecture.ArgumentName, "JIS X 0401 code of the prefecture submitting, \"01\" to \"47\".")
            .Argument<NonNullGraphType<IntGraphType>>("fiscalYear", "The fiscal year submitted for, e.g. 2024 for 令和6年度.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<TInput>>>>(listArgument, "The complete list; it replaces the stored one.")
            .ResolveAsync(async c =>
            {
                var prefecture = ActingPrefecture.Of(c);
                var fiscalYear = c.GetArgument<int>("fiscalYear");
                if (RegisterValidator.ValidateFiscalYear(fiscalYear) is { } yearError)
                {
                    return HomeCareErrors.Reject(c, [yearError]);
                }

                var grain = c.RequestServices!.GetRequiredService<IGrainFactory>().GetGrain<IPrefectureGrain>(prefecture.Code);
                var result = await submit(grain, fiscalYear, c, ActingPrefecture.Attribution(c));
                if (!result.Accepted)
                {
                    return HomeCareErrors.Reject(c, result.Errors);
                }

                var region = c.RequestServices!.GetRequiredService<RegionGrouping>().RegionOf(prefecture.Code);
                return new PrefectureView(prefecture, region, fiscalYear, result.Totals);
            });
    }
}
