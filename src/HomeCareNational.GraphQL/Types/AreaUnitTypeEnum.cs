namespace HomeCareNational.GraphQL.Types;

/// <summary>How a home-care area is drawn.</summary>
public sealed class AreaUnitTypeEnum() : LabelledEnumerationGraphType<AreaUnitType>(
    "AreaUnitType",
    "The unit a prefecture uses to draw a home-care area (圏域の単位).",
    unit => unit.LabelJa());
