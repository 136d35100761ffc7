using System.Text;
using System.Threading.Channels;
using GraphQL.Transport;
using GraphQL.Validation;
using GraphQLParser.AST;
using HomeCareNational.GraphQL.Errors;
using HomeCareNational.GraphQL.Limits;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace HomeCareNational.GraphQL.Http;

/// <summary>
/// GraphQL over Server-Sent Events, the graphql-sse protocol's "distinct connections mode": a request to
/// <c>/graphql</c> that accepts <c>text/event-stream</c> is answered as an event stream, one <c>next</c> event per
/// result (the serialized execution result) and a <c>complete</c> event at the end. A subscription streams until the
/// client goes away; a query or mutation is one <c>next</c> and <c>complete</c>. A request that does not parse or
/// validate (including a FORBIDDEN field) gets a plain JSON error response, as graphql-sse's own server does.
/// </summary>
public static class ServerSentEvents
{
    public const string MediaType = "text/event-stream";

    /// <summary>How often a comment line keeps an idle stream open through proxies.</summary>
    public static readonly TimeSpan KeepAlive = TimeSpan.FromSeconds(15);

    private static readonly byte[] KeepAliveComment = Encoding.UTF8.GetBytes(":\n\n");
    private static readonly byte[] CompleteEvent = Encoding.UTF8.GetBytes("event: complete\ndata:\n\n");

    /// <summary>Whether the request asks for an event stream.</summary>
    public static bool IsRequested(HttpRequest request) =>
        MediaTypeHeaderValue.TryParseList(request.Headers.Accept, out var ranges)
        && ranges.Any(r => r.MediaType.Equals(MediaType, StringComparison.OrdinalIgnoreCase) && (r.Quality ?? 1) > 0);

    public static async Task ExecuteAsync(HttpContext http, IDocumentExecuter<HomeCareSchema> executer, IGraphQLTextSerializer serializer, GraphQLLimitsOptions limits)
    {
        GraphQLRequest request;
        try
        {
            request = await GraphQLRequestReader.ReadAsync(http.Request, serializer, limits);
        }
        catch (RequestRefusedException refusal)
        {
            await WriteJsonAsync(http, serializer, refusal.Status, new ExecutionResult { Errors = [new ExecutionError(refusal.Message) { Code = refusal.Code }] });
            return;
        }

        var result = await executer.ExecuteAsync(GraphQLRequestReader.ExecutionOptions(http, request));
        if (!result.Executed)
        {
            var status = result.Errors?.Any(e => e.Code == GraphQLErrorCodes.MethodNotAllowed) == true ? StatusCodes.Status405MethodNotAllowed : StatusCodes.Status400BadRequest;
            if (status == StatusCodes.Status405MethodNotAllowed)
            {
                http.Response.Headers.Allow = HttpMethods.Post;
            }

            await WriteJsonAsync(http, serializer, status, result);
            return;
        }

        http.Response.StatusCode = StatusCodes.Status200OK;
        http.Response.ContentType = MediaType + "; charset=utf-8";
        http.Response.Headers.CacheControl = "no-cache";
        // Tells nginx-style proxies not to buffer the stream.
        http.Response.Headers[HomeCareHeaders.AccelBuffering] = "no";
        await http.Response.Body.FlushAsync(http.RequestAborted);

        try
        {
            if (result.Streams is { Count: > 0 } streams)
            {
                await StreamAsync(http, serializer, streams.Values.Single());
            }
            else
            {
                await WriteNextAsync(http, serializer, result);
                await http.Response.Body.WriteAsync(CompleteEvent, http.RequestAborted);
                await http.Response.Body.FlushAsync(http.RequestAborted);
            }
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            // The client went away: the subscription was disposed on the way out.
        }
    }

    private static async Task StreamAsync(HttpContext http, IGraphQLTextSerializer serializer, IObservable<ExecutionResult> stream)
    {
        var events = Channel.CreateUnbounded<ExecutionResult>(new UnboundedChannelOptions { SingleReader = true });
        using var subscription = stream.Subscribe(new ChannelObserver(events.Writer));
        var aborted = http.RequestAborted;
        while (true)
        {
            using var wait = CancellationTokenSource.CreateLinkedTokenSource(aborted);
            wait.CancelAfter(KeepAlive);
            bool more;
            try
            {
                more = await events.Reader.WaitToReadAsync(wait.Token);
            }
            catch (OperationCanceledException) when (!aborted.IsCancellationRequested)
            {
                await http.Response.Body.WriteAsync(KeepAliveComment, aborted);
                await http.Response.Body.FlushAsync(aborted);
                continue;
            }

            if (!more)
            {
                await http.Response.Body.WriteAsync(CompleteEvent, aborted);
                await http.Response.Body.FlushAsync(aborted);
                return;
            }

            while (events.Reader.TryRead(out var next))
            {
                await WriteNextAsync(http, serializer, next);
            }
        }
    }

    private static async Task WriteNextAsync(HttpContext http, IGraphQLTextSerializer serializer, ExecutionResult result)
    {
        // System.Text.Json writes no line breaks (they are escaped in strings), so the result is one data line.
        var text = "event: next\ndata: " + serializer.Serialize(result) + "\n\n";
        await http.Response.Body.WriteAsync(Encoding.UTF8.GetBytes(text), http.RequestAborted);
        await http.Response.Body.FlushAsync(http.RequestAborted);
    }

    private static async Task WriteJsonAsync(HttpContext http, IGraphQLTextSerializer serializer, int status, ExecutionResult result)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = GraphQLMediaTypes.Json + "; charset=utf-8";
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }

    private sealed class ChannelObserver(ChannelWriter<ExecutionResult> writer) : IObserver<ExecutionResult>
    {
        public void OnNext(ExecutionResult value) => writer.TryWrite(value);

        public void OnError(Exception error) => writer.TryComplete();

        public void OnCompleted() => writer.TryComplete();
    }
}
