namespace HomeCareNational.Storage.AzureTable.Tests.GrainState;

/// <summary>A grain whose only job is to persist a note through the project's grain storage.</summary>
public interface INoteGrain : IGrainWithStringKey
{
    Task WriteAsync(string text);

    Task<string> ReadAsync();
}
