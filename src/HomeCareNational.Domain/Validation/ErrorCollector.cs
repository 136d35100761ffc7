using System.Globalization;
using HomeCareNational.Domain.Register;

namespace HomeCareNational.Domain.Validation;

/// <summary>Accumulates errors for one list of the input, each rooted at "collection[index].field" and keyed by its field and index.</summary>
internal sealed class ErrorCollector(string collection)
{
    private readonly List<ValidationError> _errors = [];

    public IReadOnlyList<ValidationError> Errors => _errors;

    public void Check(int index, RecordField field, string? message)
    {
        if (message is not null)
        {
            _errors.Add(new ValidationError([collection, Decimal(index), field.Name], message) { FieldKey = field, ItemIndex = index });
        }
    }

    public void Check(int index, RecordField field, int itemIndex, string? message)
    {
        if (message is not null)
        {
            _errors.Add(new ValidationError([collection, Decimal(index), field.Name, Decimal(itemIndex)], message) { FieldKey = field, ItemIndex = index });
        }
    }

    public void CheckCollection(string? message)
    {
        if (message is not null)
        {
            _errors.Add(new ValidationError([collection], message));
        }
    }

    /// <summary>Reports every key after its first occurrence, naming the index where it first appeared.</summary>
    public void CheckUnique<T>(IReadOnlyList<T> items, Func<T, string?> key, RecordField field)
    {
        var firstSeen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            var value = key(items[i]);
            if (value is null)
            {
                continue;
            }

            if (firstSeen.TryGetValue(value, out var first))
            {
                var said = $"{field.Name} \"{FieldRules.Quote(value)}\" appears again; it was already given at ";
                var firstItem = $"{collection}[{Decimal(first)}]";
                _errors.Add(new ValidationError([collection, Decimal(i), field.Name], $"{said}{firstItem}.")
                {
                    FieldKey = field,
                    ItemIndex = i,
                    Mention = new ItemMention(first, said.Length, firstItem.Length),
                });
            }
            else
            {
                firstSeen[value] = i;
            }
        }
    }

    private static string Decimal(int index) => index.ToString(CultureInfo.InvariantCulture);
}
