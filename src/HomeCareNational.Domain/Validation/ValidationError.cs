using System.Collections.Immutable;
namespace HomeCareNational.Domain.Validation;

/// <summary>One problem with submitted data.</summary>
/// <param name="Path">Where in the input: e.g. ["institutions", "3", "municipalityCode"]; list indexes are decimal strings.</param>
/// <param name="Message">What is wrong, naming the field and quoting the offending value.</param>
[GenerateSerializer, Immutable]
public sealed record ValidationError(
    [property: Id(0)] ImmutableArray<string> Path,
    [property: Id(1)] string Message)
{
    /// <summary>The path as one string, e.g. institutions[3].municipalityCode.</summary>
    public string Field => string.Concat(Path.Select((segment, i) =>
        segment.All(char.IsAsciiDigit) ? $"[{segment}]" : i == 0 ? segment : "." + segment));

    public override string ToString() => $"{Field}: {Message}";
}
