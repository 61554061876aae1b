using System.Collections.Concurrent;

namespace FormHub.Storage.Shared;

/// <summary>
/// Holds on named keys within this process: a holder of a key waits for the one before it to let go. Keys are taken in
/// ordinal order, so two holders of overlapping sets cannot deadlock. Where no database lock serves (SQLite).
/// </summary>
public sealed class KeyedHolds
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _keys = new(StringComparer.Ordinal);

    public async Task<IAsyncDisposable> HoldAsync(IEnumerable<string> keys, CancellationToken ct)
    {
        var taken = new List<SemaphoreSlim>();
        try
        {
            foreach (var key in keys.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
            {
                var gate = _keys.GetOrAdd(key, _ => new SemaphoreSlim(1, 1));
                await gate.WaitAsync(ct);
                taken.Add(gate);
            }
            return new Hold(taken);
        }
        catch
        {
            foreach (var gate in taken) gate.Release();
            throw;
        }
    }

    private sealed class Hold(List<SemaphoreSlim> taken) : IAsyncDisposable
    {
        private int _released;

        public ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
                foreach (var gate in taken) gate.Release();
            return ValueTask.CompletedTask;
        }
    }
}
