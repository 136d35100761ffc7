using System.Diagnostics;
using System.Net;

namespace HomeCareNational.HostileInput.Tests.Support;

/// <summary>
/// The one assertion every hostile case makes: the answer is the expected 4xx (never a 5xx) with its error code —
/// or, for a GraphQL write the domain refuses while executing, 200 with the error's code — it came within its bound,
/// and the register, its versions and its history are as they were.
/// </summary>
public static class Refusal
{
    public static async Task AssertRefusedAsync(this HostileCallers callers, HostileRequest hostile)
    {
        var before = await DataSnapshot.TakeAsync(callers.Analyst);

        var (answer, elapsed) = await TimedAsync(hostile, callers);
        if (elapsed > hostile.Bound)
        {
            // Once more, on a warm path: the first answer may include compiling it, or a moment the shared machine was busy.
            (answer, elapsed) = await TimedAsync(hostile, callers);
        }

        var status = (int)answer.Status;
        Assert.True(status < 500, $"{hostile.Name}: answered {status}: {Shorten(answer.Body)}");
        // A GraphQL request refused by the domain while it executes is answered 200 with the error, as GraphQL over HTTP sets it.
        Assert.True(status is >= 400 and < 500 || (hostile.Status == HttpStatusCode.OK && hostile.Code is not null),
            $"{hostile.Name}: answered {status}, not a 4xx: {Shorten(answer.Body)}");
        Assert.True(answer.Status == hostile.Status, $"{hostile.Name}: answered {status}, expected {(int)hostile.Status}: {Shorten(answer.Body)}");
        Assert.True(answer.Code == hostile.Code, $"{hostile.Name}: code {answer.Code ?? "(none)"}, expected {hostile.Code ?? "(none)"}: {Shorten(answer.Body)}");
        Assert.True(elapsed <= hostile.Bound, $"{hostile.Name}: answered in {elapsed.TotalMilliseconds:F0} ms, over its bound of {hostile.Bound.TotalMilliseconds:F0} ms");
        Assert.DoesNotContain("   at ", answer.Body, StringComparison.Ordinal);

        var after = await DataSnapshot.TakeAsync(callers.Analyst);
        Assert.Equal(before, after);
    }

    private static async Task<(HostileAnswer Answer, TimeSpan Elapsed)> TimedAsync(HostileRequest hostile, HostileCallers callers)
    {
        var clock = Stopwatch.StartNew();
        var answer = await hostile.Send(callers);
        return (answer, clock.Elapsed);
    }

    private static string Shorten(string body) => body.Length <= 400 ? body : body[..400] + "…";
}
