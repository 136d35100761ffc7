using Azure.Core;
using Azure.Core.Pipeline;

namespace HomeCareNational.Storage.AzureTable.Tests.Support;

/// <summary>
/// Runs an action just before the first entity-group transaction goes out: a competing writer that slips in after
/// the provider's own ETag check, so that only the transaction can catch the conflict.
/// </summary>
internal sealed class BeforeFirstTransaction(Func<Task> interfere) : HttpPipelinePolicy
{
    private int triggered;

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) =>
        throw new NotSupportedException("The provider only calls the Azure SDK asynchronously.");

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        if (message.Request.Uri.Path.EndsWith("$batch", StringComparison.Ordinal)
            && Interlocked.Exchange(ref triggered, 1) == 0)
        {
            await interfere();
        }

        await ProcessNextAsync(message, pipeline);
    }
}
