using System.Globalization;

namespace HomeCareNational.Domain.Validation;

/// <summary>
/// A submitted list of flag values (an institution's functions, a meeting's attendees) read as the set the register
/// keeps: each value once, as every other list of a register (area ids, municipality codes, duties) must name it.
/// </summary>
public static class FlagSet
{
    /// <exception cref="DuplicateValueException">A value is listed again; the message names the field and its index.</exception>
    public static TFlags Combine<TFlags>(IEnumerable<TFlags> values, string field)
        where TFlags : struct, Enum
    {
        ulong all = 0;
        var index = 0;
        foreach (var value in values)
        {
            var bits = Convert.ToUInt64(value, CultureInfo.InvariantCulture);
            if ((all & bits) != 0)
            {
                throw new DuplicateValueException(field, index);
            }

            all |= bits;
            index++;
        }

        return (TFlags)Enum.ToObject(typeof(TFlags), all);
    }
}
