namespace HomeCareNational.Domain.Reference;

/// <summary>The four functions home care must provide (在宅医療に求められる医療機能); a set, so flags.</summary>
[Flags]
public enum HomeCareFunctions
{
    None = 0,

    /// <summary>退院支援</summary>
    DischargeSupport = 1,

    /// <summary>日常の療養支援</summary>
    DailyCareSupport = 2,

    /// <summary>急変時の対応</summary>
    EmergencyResponse = 4,

    /// <summary>看取り</summary>
    EndOfLifeCare = 8,

    All = DischargeSupport | DailyCareSupport | EmergencyResponse | EndOfLifeCare,
}
