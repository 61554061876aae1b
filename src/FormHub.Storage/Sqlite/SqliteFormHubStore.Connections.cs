using System.Collections.Concurrent;
using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace FormHub.Storage.Sqlite;

/// <summary>
/// Connections to the one database file (WAL journal, one writer at a time) and the write transaction: SQLite takes its
/// write lock at the start, so two writers never deadlock on upgrade, and that one writer serialises every save, every
/// village chain's appends and every change of the definitions (catalog versions, the template log).
/// </summary>
public sealed partial class SqliteFormHubStore
{
    // One gate per database file in this process (stores opened twice on one file share it).
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> WriteGates = new(StringComparer.Ordinal);

    private readonly string _connectionString;

    private readonly SemaphoreSlim _writeGate;

    // No memory map (PRAGMA mmap_size): it cut a cold village preview's CPU by ~8%, but under the paced 200-cadre web load
    // the save p99 rose from 151 to 298–341 ms with it (docs/benchmarks.md, second quiet re-measure).

    // SQLite handles already given this store's per-connection settings. Microsoft.Data.Sqlite pools the handle under every
    // SqliteConnection object, and the settings live as long as the handle: set on every open they cost two statements
    // prepared and stepped per store call, for nothing after the first. Weak keys: a handle the pool closes drops out.
    private static readonly ConditionalWeakTable<sqlite3, object> ConfiguredHandles = new();

    internal async Task<DbConnection> OpenAsync(CancellationToken ct)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(ct);
            var handle = connection.Handle!;
            if (ConfiguredHandles.TryGetValue(handle, out _)) return connection;
            await using (var pragma = connection.CreateCommand())
            {
                pragma.CommandText = "PRAGMA busy_timeout = 10000; PRAGMA synchronous = NORMAL;";
                await pragma.ExecuteNonQueryAsync(ct);
            }
            ConfiguredHandles.AddOrUpdate(handle, ConfiguredHandles);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Waits for this process's other writers asynchronously, then takes SQLite's write lock. Without the gate every waiting
    /// save sleeps in SQLite's busy handler on a thread-pool thread (Microsoft.Data.Sqlite's async methods run
    /// synchronously), and a queue of saves starves the server of threads for everything else. The gate opens when the
    /// connection closes, which every write path does right after its commit or rollback; other processes on the same
    /// file are still covered by busy_timeout.
    /// </summary>
    internal async Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken ct)
    {
        await _writeGate.WaitAsync(ct);
        try
        {
            var transaction = ((SqliteConnection)connection).BeginTransaction(deferred: false);
            connection.StateChange += OpenGateOnClose;
            return transaction;
        }
        catch
        {
            _writeGate.Release();
            throw;
        }
    }

    private void OpenGateOnClose(object? sender, System.Data.StateChangeEventArgs e)
    {
        if (e.CurrentState != System.Data.ConnectionState.Closed) return;
        ((DbConnection)sender!).StateChange -= OpenGateOnClose;
        _writeGate.Release();
    }
}
