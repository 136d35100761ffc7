namespace HomeCareNational.GraphQL.Types;

/// <summary>What a submission warning is about.</summary>
public sealed class SubmissionWarningKindEnum() : LabelledEnumerationGraphType<SubmissionWarningKind>(
    "SubmissionWarningKind",
    "What a submission warning is about: data that is valid but probably incomplete.",
    kind => kind switch
    {
        SubmissionWarningKind.DesignationWithoutArea => "A designation in force that belongs to no home-care area; the subject is its institution code.",
        SubmissionWarningKind.HubWithoutArea => "A hub that covers no home-care area; the subject is its hub id.",
        SubmissionWarningKind.EmptyArea => "An area with neither a hub nor a designation in force; the subject is its area id.",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    });
