using Azure.Data.Tables;

namespace HomeCareNational.Storage.AzureTable.History;

/// <summary>
/// A table that is created the first time it is used: once per process, however many callers arrive at once. A
/// failed creation (say, storage not reachable yet) is not remembered; the next caller tries again.
/// </summary>
internal sealed class HistoryTable(TableClient client)
{
    private Lazy<Task>? creation;

    public string Name => client.Name;

    public async Task<TableClient> GetAsync(CancellationToken cancellationToken)
    {
        var current = Volatile.Read(ref creation);
        if (current is null || current.Value is { IsFaulted: true } or { IsCanceled: true })
        {
            // Not the caller's token: the creation is shared, one caller giving up must not fail the others.
            var fresh = new Lazy<Task>(() => client.CreateIfNotExistsAsync(CancellationToken.None));
            current = Interlocked.CompareExchange(ref creation, fresh, current) == current ? fresh : Volatile.Read(ref creation)!;
        }

        await current.Value.WaitAsync(cancellationToken);
        return client;
    }
}
