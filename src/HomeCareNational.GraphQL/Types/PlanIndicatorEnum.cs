namespace HomeCareNational.GraphQL.Types;

/// <summary>The plan indicators the register can count.</summary>
public sealed class PlanIndicatorEnum() : LabelledEnumerationGraphType<PlanIndicator>(
    "PlanIndicator",
    "An indicator of the plan guidance that prefectures set targets for (在宅医療の指標), among those the register can count.",
    indicator => indicator.Info().LabelJa);
