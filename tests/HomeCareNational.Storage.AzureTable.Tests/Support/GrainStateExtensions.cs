namespace HomeCareNational.Storage.AzureTable.Tests.Support;

internal static class GrainStateExtensions
{
    /// <summary>
    /// <see cref="GrainState{T}.State"/> is annotated as nullable; the provider must always set it, so tests read it
    /// through here and fail clearly if it did not.
    /// </summary>
    public static T Value<T>(this IGrainState<T> grainState) =>
        grainState.State ?? throw new Xunit.Sdk.XunitException("The provider left the grain state's State null.");
}
