namespace HomeCareNational.Domain.Reference;

/// <summary>Who runs a collaboration hub; the 8th plan names these bodies as eligible.</summary>
public enum HubOperatorKind
{
    /// <summary>病院</summary>
    Hospital,

    /// <summary>診療所</summary>
    Clinic,

    /// <summary>訪問看護事業所</summary>
    VisitingNurseStation,

    /// <summary>地域医師会等関係団体</summary>
    MedicalAssociation,

    /// <summary>保健所</summary>
    PublicHealthCenter,

    /// <summary>市町村</summary>
    Municipality,
}
