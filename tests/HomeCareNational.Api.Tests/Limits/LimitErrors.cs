namespace HomeCareNational.Api.Tests.Limits;

/// <summary>What every refusal for a limit must look like: nothing executed, one error with a clear message.</summary>
public static class LimitErrors
{
    /// <summary>Asserts a refusal with <paramref name="code"/> whose message contains each of <paramref name="mentions"/>.</summary>
    public static void AssertRefused(GraphQLResponse response, System.Net.HttpStatusCode status, string code, params string[] mentions)
    {
        Assert.Equal(status, response.Status);
        Assert.Null(response.Data);
        var error = Assert.Single(response.Errors)!;
        Assert.Equal(code, error["extensions"]!["code"]!.GetValue<string>());
        var message = error["message"]!.GetValue<string>();
        foreach (var mention in mentions)
        {
            Assert.Contains(mention, message);
        }

        AssertNothingInternal(response);
    }

    /// <summary>No stack trace, exception or .NET type name anywhere in the response.</summary>
    public static void AssertNothingInternal(GraphQLResponse response)
    {
        var text = response.Body.ToJsonString();
        foreach (var leak in new[] { "Exception", "HomeCareNational.", "GraphQL.", "System.", "   at " })
        {
            Assert.DoesNotContain(leak, text);
        }
    }
}
