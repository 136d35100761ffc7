namespace HomeCareNational.Application.Reads.Views;

/// <summary>How many hubs one kind of body runs.</summary>
public sealed record OperatorKindCount(HubOperatorKind OperatorKind, int Count);
