namespace HomeCareNational.Testing;

/// <summary>Azurite could not be started; the message says why and includes its output.</summary>
public sealed class AzuriteStartException(string message) : Exception(message);
