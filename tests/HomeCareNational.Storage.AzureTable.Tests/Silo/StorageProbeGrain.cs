namespace HomeCareNational.Storage.AzureTable.Tests.Silo;

public sealed class StorageProbeGrain(
    [PersistentState(StorageProbeGrain.StateName, ProviderUnderTest.StorageName)] IPersistentState<ProbeState> state)
    : Grain, IStorageProbeGrain
{
    public const string StateName = "s";

    public async Task RecordAsync(string note)
    {
        state.State.Notes.Add(note);
        await state.WriteStateAsync();
    }

    public Task<string[]> GetNotesAsync() => Task.FromResult(state.State.Notes.ToArray());
}
