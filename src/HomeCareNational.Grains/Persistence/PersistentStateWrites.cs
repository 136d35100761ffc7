namespace HomeCareNational.Grains.Persistence;

/// <summary>The write of a grain's new state that the prefecture and the reporting round share.</summary>
internal static class PersistentStateWrites
{
    /// <summary>
    /// Stores <paramref name="updated"/> as the grain's state. When the write fails, memory gets the previous state
    /// back, so it never holds what storage may not, and the grain is deactivated, so that its next activation reads
    /// what storage holds in case the write landed after all; the failure is then rethrown to the caller, whose retry
    /// meets the state as storage holds it.
    /// </summary>
    public static async Task WriteOrReloadAsync<TState>(this IPersistentState<TState> state, TState updated, IGrainBase grain)
    {
        var previous = state.State;
        state.State = updated;
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            state.State = previous;
            grain.DeactivateOnIdle();
            throw;
        }
    }
}
