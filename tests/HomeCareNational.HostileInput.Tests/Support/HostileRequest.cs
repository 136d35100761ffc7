using System.Net;

namespace HomeCareNational.HostileInput.Tests.Support;

/// <summary>
/// One hostile request and how it must be refused: the status, the error code (null: the answer has no body, as
/// for 401) and the time within which the answer must come.
/// </summary>
/// <param name="Name">The case's name in the test list; unique in its table.</param>
/// <param name="Send">Sends the request as the given callers, and reads the answer.</param>
/// <param name="Status">The 4xx the service must answer.</param>
/// <param name="Code">The error code it must carry.</param>
public sealed record HostileRequest(string Name, Func<HostileCallers, Task<HostileAnswer>> Send, HttpStatusCode Status, string? Code)
{
    /// <summary>The bound the issue sets for every hostile document.</summary>
    public static readonly TimeSpan DefaultBound = TimeSpan.FromMilliseconds(100);

    public TimeSpan Bound { get; init; } = DefaultBound;

    public override string ToString() => Name;
}
