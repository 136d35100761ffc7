using System.Globalization;

namespace HomeCareNational.Domain.Validation;

/// <summary>A list names a value a second time (<see cref="FlagSet.Combine"/>): refused, never silently folded into one.</summary>
public sealed class DuplicateValueException(string field, int index)
    : ArgumentException(string.Create(CultureInfo.InvariantCulture, $"{field}[{index}] lists a value already listed before it; list each value once."))
{
    public string Field { get; } = field;

    public int Index { get; } = index;
}
