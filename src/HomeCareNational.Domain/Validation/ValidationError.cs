using System.Collections.Immutable;
using System.Text.Json.Serialization;
using HomeCareNational.Domain.Register;

namespace HomeCareNational.Domain.Validation;

/// <summary>One problem with submitted data.</summary>
/// <param name="Path">Where in the input: e.g. ["institutions", "3", "municipalityCode"]; list indexes are decimal strings.</param>
/// <param name="Message">What is wrong, naming the field and quoting the offending value.</param>
/// <remarks>
/// The typed parts (<see cref="FieldKey"/>, <see cref="ItemIndex"/>, <see cref="Mention"/>) are not written as JSON:
/// idempotency records store answered errors as JSON, and those rows stay exactly as before (old rows read back the same).
/// </remarks>
[GenerateSerializer, Immutable]
public sealed record ValidationError(
    [property: Id(0)] ImmutableArray<string> Path,
    [property: Id(1)] string Message)
{
    /// <summary>The record field the error is about, when it is about one field of a listed item.</summary>
    [Id(2), JsonIgnore]
    public RecordField? FieldKey { get; init; }

    /// <summary>
    /// The index, in its list, of the record whose field <see cref="FieldKey"/> is (the institution of a register's list,
    /// the meeting of a report); null when the record is no item of a list (a single record) or the error is about a whole list.
    /// </summary>
    [Id(3), JsonIgnore]
    public int? ItemIndex { get; init; }

    /// <summary>Where the message names another item of the list; null when it names none.</summary>
    [Id(4), JsonIgnore]
    public ItemMention? Mention { get; init; }

    /// <summary>The path as one string, e.g. institutions[3].municipalityCode.</summary>
    public string Field => string.Concat(Path.Select((segment, i) =>
        segment.All(char.IsAsciiDigit) ? $"[{segment}]" : i == 0 ? segment : "." + segment));

    /// <summary>The message, with the other item it mentions (if any) named by <paramref name="itemName"/> from its index.</summary>
    public string MessageNaming(Func<int, string> itemName) =>
        Mention is { } mention
            ? string.Concat(Message.AsSpan(0, mention.Start), itemName(mention.Index), Message.AsSpan(mention.Start + mention.Length))
            : Message;

    public override string ToString() => $"{Field}: {Message}";
}
