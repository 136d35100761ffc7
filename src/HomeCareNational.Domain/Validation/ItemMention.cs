namespace HomeCareNational.Domain.Validation;

/// <summary>
/// Where an error's message names another item of the same list, e.g. <c>institutions[0]</c> in a duplicate-key
/// message, so that a caller that numbers items its own way (the importer's file rows) can name it instead.
/// </summary>
/// <param name="Index">The other item's index in the list.</param>
/// <param name="Start">Where its name starts in the message.</param>
/// <param name="Length">How long the name is.</param>
[GenerateSerializer, Immutable]
public sealed record ItemMention(
    [property: Id(0)] int Index,
    [property: Id(1)] int Start,
    [property: Id(2)] int Length);
