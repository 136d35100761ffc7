namespace HomeCareNational.GraphQL.Http;

/// <summary>
/// A request the endpoint refuses before graphql-dotnet sees it: the HTTP status and the error code it answers
/// with, and a message for the client that names what to change.
/// </summary>
public sealed class RequestRefusedException(int status, string code, string message) : Exception(message)
{
    public int Status { get; } = status;

    public string Code { get; } = code;
}
