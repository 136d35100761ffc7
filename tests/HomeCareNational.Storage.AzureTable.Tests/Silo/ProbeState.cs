namespace HomeCareNational.Storage.AzureTable.Tests.Silo;

[GenerateSerializer]
public sealed class ProbeState
{
    [Id(0)]
    public List<string> Notes { get; set; } = [];
}
