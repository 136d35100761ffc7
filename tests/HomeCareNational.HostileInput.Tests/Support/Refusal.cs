using System.Diagnostics;

namespace HomeCareNational.HostileInput.Tests.Support;

/// <summary>
/// The one assertion every hostile case makes: the answer is the expected 4xx (never a 5xx) with its error code,
/// it came within its bound, and the register, its versions and its history are as they were.
/// </summary>
public static class Refusal
{
    public static async Task AssertRefusedAsync(this HostileCallers callers, HostileRequest hostile)
    {
        var before = await DataSnapshot.TakeAsync(callers.Analyst);

        var clock = Stopwatch.StartNew();
        var answer = await hostile.Send(callers);
        var elapsed = clock.Elapsed;

        var status = (int)answer.Status;
        Assert.True(status is >= 400 and < 500, $"{hostile.Name}: answered {status}, not a 4xx: {Shorten(answer.Body)}");
        Assert.True(answer.Status == hostile.Status, $"{hostile.Name}: answered {status}, expected {(int)hostile.Status}: {Shorten(answer.Body)}");
        Assert.True(answer.Code == hostile.Code, $"{hostile.Name}: code {answer.Code ?? "(none)"}, expected {hostile.Code ?? "(none)"}: {Shorten(answer.Body)}");
        Assert.True(elapsed <= hostile.Bound, $"{hostile.Name}: answered in {elapsed.TotalMilliseconds:F0} ms, over its bound of {hostile.Bound.TotalMilliseconds:F0} ms");
        Assert.DoesNotContain("   at ", answer.Body, StringComparison.Ordinal);

        var after = await DataSnapshot.TakeAsync(callers.Analyst);
        Assert.Equal(before, after);
    }

    private static string Shorten(string body) => body.Length <= 400 ? body : body[..400] + "…";
}
