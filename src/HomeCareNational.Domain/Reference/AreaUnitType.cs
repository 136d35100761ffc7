namespace HomeCareNational.Domain.Reference;

/// <summary>The unit a prefecture uses to draw a home-care area (在宅医療の圏域).</summary>
public enum AreaUnitType
{
    /// <summary>市町村単位</summary>
    Municipality,

    /// <summary>保健所圏域</summary>
    HealthCenterArea,

    /// <summary>二次医療圏</summary>
    SecondaryMedicalArea,

    /// <summary>その他</summary>
    Other,
}
