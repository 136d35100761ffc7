using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace HomeCareNational.HostileInput.Tests.Support;

/// <summary>Ways of sending a hostile request, each reading the answer whatever its status.</summary>
public static class Send
{
    /// <summary>The GraphQL-over-HTTP response media type, under which a refused document is a 4xx.</summary>
    public const string GraphQLResponse = "application/graphql-response+json";

    /// <summary>POSTs <paramref name="body"/> as it is to <c>/graphql</c>, as the analyst unless <paramref name="caller"/> says otherwise.</summary>
    public static Func<HostileCallers, Task<HostileAnswer>> GraphQLBody(string body, Func<HostileCallers, HttpClient>? caller = null) =>
        async callers =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(GraphQLResponse));
            using var response = await (caller ?? (c => c.Analyst))(callers).SendAsync(request);
            return await HostileAnswer.ReadAsync(response);
        };

    /// <summary>POSTs a GraphQL request with <paramref name="query"/> and the variables given as raw JSON.</summary>
    public static Func<HostileCallers, Task<HostileAnswer>> GraphQL(string query, string variablesJson = "null", Func<HostileCallers, HttpClient>? caller = null) =>
        GraphQLBody($"{{\"query\":{JsonSerializer.Serialize(query)},\"variables\":{variablesJson}}}", caller);
}
