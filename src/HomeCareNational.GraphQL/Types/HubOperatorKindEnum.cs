namespace HomeCareNational.GraphQL.Types;

/// <summary>Who runs a collaboration hub.</summary>
public sealed class HubOperatorKindEnum() : LabelledEnumerationGraphType<HubOperatorKind>(
    "HubOperatorKind",
    "Who runs a collaboration hub (拠点の運営主体); the bodies the 8th plan names as eligible.",
    kind => kind.LabelJa());
