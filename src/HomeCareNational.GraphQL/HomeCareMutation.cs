using GraphQL.Builders;
using HomeCareNational.GraphQL.Authorization;
using HomeCareNational.GraphQL.Errors;
using HomeCareNational.GraphQL.Idempotency;
using HomeCareNational.GraphQL.Types.Inputs;
using HomeCareNational.GraphQL.Types;

namespace HomeCareNational.GraphQL;

/// <summary>The root mutation: a prefecture keeps its register for a fiscal year, whole parts or one record at a time.</summary>
public sealed class HomeCareMutation : ObjectGraphType
{
    private const string FiscalYearArgument = "fiscalYear";

    public HomeCareMutation()
    {
        Name = "Mutation";
        Description = "Keep a prefecture's register for a fiscal year: replace a whole part, change one record, report a hub's activity, record a review, open a new year or import a file; run the fiscal year's reporting round (the ministry) and submit to it (a prefecture). "
            + "Every mutation is checked whole: an invalid one changes nothing. Every accepted change is kept in the history with who made it. Each takes an idempotencyKey.";

        ChangeField(
            EditOperations.SubmitHomeCareAreas,
            "Replaces the prefecture's home-care areas for the fiscal year. Refused if a hub or designation still uses an area left out.",
            f => f.Argument<NonNullGraphType<ListGraphType<NonNullGraphType<HomeCareAreaInputType>>>>("areas", "The complete list; it replaces the stored one."),
            c => new ReplaceAreas([.. c.GetArgument<List<HomeCareArea>>("areas")]));
        ChangeField(
            EditOperations.SubmitCollaborationHubs,
            "Replaces the prefecture's collaboration hubs for the fiscal year; the activity reports of hubs left out go with them. Submit the areas they cover first.",
            f => f.Argument<NonNullGraphType<ListGraphType<NonNullGraphType<CollaborationHubInputType>>>>("hubs", "The complete list; it replaces the stored one."),
            c => new ReplaceHubs([.. c.GetArgument<List<CollaborationHub>>("hubs")]));
        ChangeField(
            EditOperations.SubmitDesignations,
            "Replaces the prefecture's designated institutions for the fiscal year. Submit the areas they name first. Recorded review outcomes stay with the designations submitted again.",
            f => f.Argument<NonNullGraphType<ListGraphType<NonNullGraphType<DesignatedInstitutionInputType>>>>("institutions", "The complete list; it replaces the stored one."),
            c => new ReplaceDesignations([.. c.GetArgument<List<DesignatedInstitution>>("institutions")]));

        ChangeField(
            EditOperations.SubmitHubActivityReports,
            "Replaces every hub activity report of the fiscal year (one per hub at most; hubs left out are not reported).",
            f => f.Argument<NonNullGraphType<ListGraphType<NonNullGraphType<HubActivityReportInputType>>>>("reports", "The complete list; it replaces the stored one."),
            c => new ReplaceActivityReports([.. c.GetArgument<List<HubActivityReport>>("reports")]));

        ChangeField(
            EditOperations.AddDesignation,
            "Adds one designated institution. Refused if its institution code is already in the register.",
            f => f.Argument<NonNullGraphType<DesignatedInstitutionInputType>>("institution", "The institution to designate."),
            c => new AddDesignation(c.GetArgument<DesignatedInstitution>("institution")));
        ChangeField(
            EditOperations.UpdateDesignation,
            "Replaces one designated institution, found by its institution code; its recorded review outcome stays.",
            f => f.Argument<NonNullGraphType<DesignatedInstitutionInputType>>("institution", "The institution as it should be."),
            c => new UpdateDesignation(c.GetArgument<DesignatedInstitution>("institution")));
        ChangeField(
            EditOperations.WithdrawDesignation,
            "Withdraws one designation: it stays in the register, no longer in force. Withdrawing it again changes nothing.",
            f => f.Argument<NonNullGraphType<StringGraphType>>("institutionCode", "The designation's institution code."),
            c => new WithdrawDesignation(c.GetArgument<string>("institutionCode")));
        ChangeField(
            EditOperations.RecordDesignationReview,
            "Records the review outcome of a designation that is not a hospital or clinic: withdrawn, replaced by a hospital or clinic (both take it out of force), or kept with a reason.",
            f => f.Argument<NonNullGraphType<StringGraphType>>("institutionCode", "The reviewed designation's institution code.")
                .Argument<NonNullGraphType<DesignationReviewInputType>>("review", "The outcome."),
            c => new RecordReview(c.GetArgument<string>("institutionCode"), c.GetArgument<DesignationReview>("review")));
        ChangeField(
            EditOperations.UpsertCollaborationHub,
            "Adds a collaboration hub, or replaces the one with the same hub id. The areas it covers must be in the register.",
            f => f.Argument<NonNullGraphType<CollaborationHubInputType>>("hub", "The hub."),
            c => new UpsertHub(c.GetArgument<CollaborationHub>("hub")));
        ChangeField(
            EditOperations.RetireCollaborationHub,
            "Removes a collaboration hub and its activity report from the fiscal year's register; the history keeps them.",
            f => f.Argument<NonNullGraphType<StringGraphType>>("hubId", "The hub's id."),
            c => new RetireHub(c.GetArgument<string>("hubId")));
        ChangeField(
            EditOperations.UpsertHomeCareArea,
            "Adds a home-care area, or replaces the one with the same area id.",
            f => f.Argument<NonNullGraphType<HomeCareAreaInputType>>("area", "The area."),
            c => new UpsertArea(c.GetArgument<HomeCareArea>("area")));
        ChangeField(
            EditOperations.RetireHomeCareArea,
            "Removes a home-care area from the fiscal year's register; refused while a hub or designation uses it. The history keeps it.",
            f => f.Argument<NonNullGraphType<StringGraphType>>("areaId", "The area's id."),
            c => new RetireArea(c.GetArgument<string>("areaId")));
        ChangeField(
            EditOperations.ReportHubActivity,
            "Stores a hub's activity report for the fiscal year, replacing an earlier one; it decides the hub's activity status.",
            f => f.Argument<NonNullGraphType<HubActivityReportInputType>>("report", "The report."),
            c => new ReportHubActivity(c.GetArgument<HubActivityReport>("report")));

        Field<PrefectureType>(EditOperations.OpenFiscalYear)
            .Description("Opens a fiscal year from the previous year's register: its areas, hubs and designations in force (with their review outcomes), without activity reports, which are per year. The prefecture then corrects it. Refused when the year has data or the previous year has none. " + AccessNote)
            .Arguments(CommonArguments)
            .RequireAccess(AccessPolicies.PrefectureWrite, prefectureArgument: ActingPrefecture.ArgumentName)
            .ResolveAsync(c => ChangeAsync(c, (editor, prefecture, year, by, key) => editor.OpenFiscalYearAsync(prefecture, year, by, key)));

        DesignationImportField.Add(this);
        ReportingRoundFields.AddMutations(this);
    }

    /// <summary>Who may call the register mutations, and the errors they answer with.</summary>
    public const string AccessNote =
        "Only the prefecture's own editors (Prefecture.Editor). Errors: FORBIDDEN, VALIDATION_FAILED (one per bad field, with extensions.field), NOT_FOUND (unknown prefecture), IDEMPOTENCY_KEY_REUSED, IDEMPOTENCY_KEY_IN_FLIGHT.";

    private static QueryArguments CommonArguments => new(
        new QueryArgument<NonNullGraphType<StringGraphType>> { Name = ActingPrefecture.ArgumentName, Description = "JIS X 0401 code of the prefecture, \"01\" to \"47\"." },
        new QueryArgument<NonNullGraphType<IntGraphType>> { Name = FiscalYearArgument, Description = "The fiscal year of the register, e.g. 2024 for 令和6年度." },
        new QueryArgument<StringGraphType> { Name = Abstractions.Idempotency.IdempotencyKeys.Argument, Description = ClientIdempotencyKey.ArgumentDescription });

    private void ChangeField(
        string name,
        string description,
        Func<FieldBuilder<object?, object>, FieldBuilder<object?, object>> arguments,
        Func<IResolveFieldContext, RegisterEdit> edit)
    {
        var field = Field<PrefectureType>(name)
            .Description($"{description} Returns the prefecture with its new totals. {AccessNote}")
            .Arguments(CommonArguments)
            .RequireAccess(AccessPolicies.PrefectureWrite, prefectureArgument: ActingPrefecture.ArgumentName);
        arguments(field).ResolveAsync(c =>
        {
            var change = edit(c);
            return ChangeAsync(c, (editor, prefecture, year, by, key) => editor.EditAsync(prefecture, year, change, by, key));
        });
    }

    private static async Task<object?> ChangeAsync(
        IResolveFieldContext c,
        Func<RegisterEditor, Prefecture, int, ChangeAttribution, Func<string?>, Task<RegisterChangeOutcome>> change)
    {
        var prefecture = ActingPrefecture.Of(c);
        RegisterChangeOutcome outcome;
        try
        {
            outcome = await change(
                c.RequestServices!.GetRequiredService<RegisterEditor>(), prefecture, c.GetArgument<int>(FiscalYearArgument), ActingPrefecture.Attribution(c), () => ClientIdempotencyKey.Of(c));
        }
        catch (IdempotencyRefusedException refused)
        {
            throw ClientIdempotencyKey.Refused(refused);
        }

        return outcome.Prefecture is { } changed ? changed : HomeCareErrors.Reject(c, outcome.Errors);
    }
}
