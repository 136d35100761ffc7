using HomeCareNational.Abstractions;

namespace HomeCareNational.Storage.AzureTable.Tests.GrainState;

public sealed class NoteGrain([PersistentState(NoteGrain.StateName, StorageNames.GrainStorage)] IPersistentState<NoteState> state)
    : Grain, INoteGrain
{
    public const string StateName = "note";

    public async Task WriteAsync(string text)
    {
        state.State = state.State with { Text = text, Revision = state.State.Revision + 1 };
        await state.WriteStateAsync();
    }

    public Task<string> ReadAsync() => Task.FromResult(state.State.Text);
}
