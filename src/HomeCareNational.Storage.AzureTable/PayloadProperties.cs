using System.Globalization;
using Azure.Data.Tables;

namespace HomeCareNational.Storage.AzureTable;

/// <summary>
/// Binary properties <c>D00</c>, <c>D01</c>, … that carry consecutive slices of a compressed payload, at most
/// <see cref="MaxPropertiesPerRow"/> per row, as register history rows store them.
/// </summary>
internal static class PayloadProperties
{
    /// <summary>
    /// Below Azure's 64 KiB cap on a binary property. The margin matters because Azurite measures its 1 MiB entity
    /// limit on the JSON request body, where binary travels as base64: 12 properties of 64 KiB came to 1,049,114
    /// bytes and were refused, 12 of 60 KiB came to 983,546 and leave room for long keys and the metadata.
    /// </summary>
    public const int MaxBytesPerProperty = 60 * 1024;

    public const int MaxPropertiesPerRow = 12;

    public const int MaxBytesPerRow = MaxBytesPerProperty * MaxPropertiesPerRow;

    /// <summary>How many rows a payload of this length needs; at least one, so an empty payload still has a row.</summary>
    public static int RowsFor(int payloadLength) => Math.Max(1, (payloadLength + MaxBytesPerRow - 1) / MaxBytesPerRow);

    /// <summary><c>D00</c>, <c>D01</c>, …</summary>
    public static string Name(int index) => "D" + index.ToString("D2", CultureInfo.InvariantCulture);

    /// <summary>Puts row <paramref name="rowIndex"/>'s share of the payload (up to <see cref="MaxBytesPerRow"/> bytes) on the row.</summary>
    public static void Write(TableEntity row, byte[] payload, int rowIndex)
    {
        var rowStart = rowIndex * MaxBytesPerRow;
        var rowBytes = Math.Min(MaxBytesPerRow, payload.Length - rowStart);
        for (var property = 0; property * MaxBytesPerProperty < rowBytes; property++)
        {
            var start = rowStart + property * MaxBytesPerProperty;
            var length = Math.Min(MaxBytesPerProperty, rowStart + rowBytes - start);
            row[Name(property)] = new BinaryData(payload.AsMemory(start, length));
        }
    }

    /// <summary>Copies the row's data properties into <paramref name="payload"/> from <paramref name="offset"/> on.</summary>
    /// <returns>The offset after the copied bytes.</returns>
    /// <exception cref="InvalidDataException">The row holds more bytes than fit into <paramref name="payload"/>.</exception>
    public static int CopyTo(TableEntity row, byte[] payload, int offset)
    {
        for (var property = 0; row.ContainsKey(Name(property)); property++)
        {
            var data = row.GetBinaryData(Name(property)).ToMemory();
            if (offset + data.Length > payload.Length)
            {
                throw new InvalidDataException(
                    $"the rows hold more payload bytes than the {payload.Length} the head row records");
            }

            data.CopyTo(payload.AsMemory(offset));
            offset += data.Length;
        }

        return offset;
    }
}
