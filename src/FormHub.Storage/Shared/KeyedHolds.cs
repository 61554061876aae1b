namespace FormHub.Storage.Shared;

/// <summary>
/// Holds on named keys within this process: a holder of a key waits for the one before it to let go. Keys are taken in
/// ordinal order, so two holders of overlapping sets cannot deadlock. Where no database lock serves (SQLite). A key's
/// gate lives only while someone holds or waits for it (counted), so the keys of years of report rows do not pile up.
/// </summary>
public sealed class KeyedHolds
{
    private readonly Dictionary<string, Gate> _gates = new(StringComparer.Ordinal);

    /// <summary>Keys held or waited for at this moment (a test's window on the clean-up).</summary>
    public int LiveKeys
    {
        get { lock (_gates) return _gates.Count; }
    }

    public async Task<IAsyncDisposable> HoldAsync(IEnumerable<string> keys, CancellationToken ct)
    {
        var taken = new List<(string Key, Gate Gate)>();
        try
        {
            foreach (var key in keys.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
            {
                var gate = Enter(key);
                try
                {
                    await gate.Semaphore.WaitAsync(ct);
                }
                catch
                {
                    Leave(key, gate);
                    throw;
                }
                taken.Add((key, gate));
            }
            return new Hold(this, taken);
        }
        catch
        {
            Release(taken);
            throw;
        }
    }

    private Gate Enter(string key)
    {
        lock (_gates)
        {
            if (!_gates.TryGetValue(key, out var gate)) _gates[key] = gate = new Gate();
            gate.Users++;
            return gate;
        }
    }

    private void Leave(string key, Gate gate)
    {
        lock (_gates)
        {
            if (--gate.Users == 0) _gates.Remove(key);
        }
    }

    private void Release(List<(string Key, Gate Gate)> taken)
    {
        foreach (var (key, gate) in taken)
        {
            gate.Semaphore.Release();
            Leave(key, gate);
        }
    }

    /// <summary>A key's semaphore and how many hold or wait for it.</summary>
    private sealed class Gate
    {
        public readonly SemaphoreSlim Semaphore = new(1, 1);
        public int Users;
    }

    private sealed class Hold(KeyedHolds holds, List<(string Key, Gate Gate)> taken) : IAsyncDisposable
    {
        private int _released;

        public ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0) holds.Release(taken);
            return ValueTask.CompletedTask;
        }
    }
}
