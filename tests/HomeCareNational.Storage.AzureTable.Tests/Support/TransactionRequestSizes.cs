using Azure.Core;
using Azure.Core.Pipeline;

namespace HomeCareNational.Storage.AzureTable.Tests.Support;

/// <summary>Records the body size of every entity-group transaction the client sends.</summary>
internal sealed class TransactionRequestSizes : HttpPipelineSynchronousPolicy
{
    private readonly List<long> sizes = [];

    public IReadOnlyList<long> Sizes
    {
        get
        {
            lock (sizes)
            {
                return [.. sizes];
            }
        }
    }

    public override void OnSendingRequest(HttpMessage message)
    {
        if (message.Request.Uri.Path.EndsWith("$batch", StringComparison.Ordinal)
            && message.Request.Content is { } content
            && content.TryComputeLength(out var length))
        {
            lock (sizes)
            {
                sizes.Add(length);
            }
        }
    }
}
