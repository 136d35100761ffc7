namespace HomeCareNational.Domain.Validation;

/// <summary>Accumulates errors for one list of the input, each rooted at "collection[index].field".</summary>
internal sealed class ErrorCollector(string collection)
{
    private readonly List<ValidationError> _errors = [];

    public IReadOnlyList<ValidationError> Errors => _errors;

    public void Check(int index, string field, string? message)
    {
        if (message is not null)
        {
            _errors.Add(new ValidationError([collection, index.ToString(System.Globalization.CultureInfo.InvariantCulture), field], message));
        }
    }

    public void Check(int index, string field, int itemIndex, string? message)
    {
        if (message is not null)
        {
            var invariant = System.Globalization.CultureInfo.InvariantCulture;
            _errors.Add(new ValidationError([collection, index.ToString(invariant), field, itemIndex.ToString(invariant)], message));
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
    public void CheckUnique<T>(IReadOnlyList<T> items, Func<T, string?> key, string field)
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
                Check(i, field, string.Create(
                    System.Globalization.CultureInfo.InvariantCulture,
                    $"{field} \"{FieldRules.Quote(value)}\" appears again; it was already given at {collection}[{first}]."));
            }
            else
            {
                firstSeen[value] = i;
            }
        }
    }
}
