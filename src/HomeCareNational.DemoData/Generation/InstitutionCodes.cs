using System.Globalization;

namespace HomeCareNational.DemoData.Generation;

/// <summary>Keys of demo designations, unique within a prefecture because each carries the institution's serial.</summary>
internal static class InstitutionCodes
{
    /// <summary>
    /// Hospitals, clinics and pharmacies get a 10-digit 医療機関コード: the prefecture code, the fee-table digit
    /// (点数表番号) and seven digits, here the serial. Other bodies have no such code, so the prefecture issues an id.
    /// </summary>
    public static string For(Prefecture prefecture, InstitutionKind kind, int serial) =>
        FeeTableDigit(kind) is { } digit
            ? string.Create(CultureInfo.InvariantCulture, $"{prefecture.Code}{digit}{serial:D7}")
            : string.Create(CultureInfo.InvariantCulture, $"DEMO-{prefecture.Code}-{serial:D5}");

    private static char? FeeTableDigit(InstitutionKind kind) => kind switch
    {
        InstitutionKind.DentalClinic => '3',
        InstitutionKind.Pharmacy => '4',
        _ when kind.IsClinical() => '1',
        _ => null,
    };
}
