namespace HomeCareNational.Storage.AzureTable.Tests.Silo;

/// <summary>A grain whose only job is to persist what it is told through the provider under test.</summary>
public interface IStorageProbeGrain : IGrainWithStringKey
{
    Task RecordAsync(string note);

    Task<string[]> GetNotesAsync();
}
