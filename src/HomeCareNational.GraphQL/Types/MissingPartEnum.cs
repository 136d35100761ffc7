namespace HomeCareNational.GraphQL.Types;

/// <summary>A part of a fiscal year's submission that is still missing.</summary>
public sealed class MissingPartEnum() : LabelledEnumerationGraphType<MissingPart>(
    "MissingPart",
    "A part of the fiscal year's submission that is still missing.",
    part => part switch
    {
        MissingPart.Areas => "No home-care areas.",
        MissingPart.Hubs => "No collaboration hubs.",
        MissingPart.Designations => "No designation in force.",
        MissingPart.HubActivityReports => "At least one hub has no activity report for the year.",
        _ => throw new ArgumentOutOfRangeException(nameof(part), part, null),
    });
