namespace HomeCareNational.Application.Reads.Views;

/// <summary>How many hubs have one activity status.</summary>
public sealed record ActivityStatusCount(HubActivityStatus Status, int Count);
