using System.Text.Json;
using FormHub.Storage.Model;

namespace FormHub.Storage.Sqlite;

/// <summary>The live report materializer's lease and its quarantine of changes whose derivation failed.</summary>
public sealed partial class SqliteFormHubStore
{
    public Task<bool> TryHoldLeaseAsync(string name, string holder, TimeSpan duration, CancellationToken ct = default) => WriteAsync(async (connection, tx) =>
    {
        var now = Clock.GetUtcNow().UtcTicks;
        // Taken when free, expired or already this holder's: the upsert's WHERE leaves another holder's live lease alone.
        await using var command = connection.Command(
            $"""
            INSERT INTO leases AS l (name, holder, expires_at) VALUES (@name, @holder, @expires)
            ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at
            WHERE l.holder = excluded.holder OR l.expires_at < @now
            """, tx)
            .With("@name", name).With("@holder", holder).With("@expires", now + duration.Ticks).With("@now", now);
        return await command.ExecuteNonQueryAsync(ct) == 1;
    }, ct);

    public async Task<string?> GetLeaseHolderAsync(string name, CancellationToken ct = default)
    {
        await using var connection = await OpenAsync(ct);
        await using var command = connection.Command($"SELECT holder FROM leases WHERE name = @name").With("@name", name);
        return await command.ExecuteScalarAsync(ct) as string;
    }

    public Task<bool> TryTakeOverLeaseAsync(string name, string holder, string abandoned, TimeSpan duration, CancellationToken ct = default) => WriteAsync(async (connection, tx) =>
    {
        await using var command = connection.Command($"UPDATE leases SET holder = @holder, expires_at = @expires WHERE name = @name AND holder = @abandoned", tx)
            .With("@name", name).With("@holder", holder).With("@abandoned", abandoned).With("@expires", Clock.GetUtcNow().UtcTicks + duration.Ticks);
        return await command.ExecuteNonQueryAsync(ct) == 1;
    }, ct);

    public Task ReleaseLeaseAsync(string name, string holder, CancellationToken ct = default) => WriteAsync(async (connection, tx) =>
    {
        await using var command = connection.Command($"DELETE FROM leases WHERE name = @name AND holder = @holder", tx)
            .With("@name", name).With("@holder", holder);
        return await command.ExecuteNonQueryAsync(ct);
    }, ct);

    public Task QuarantineChangeAsync(QuarantinedChange change, CancellationToken ct = default) => WriteAsync(async (connection, tx) =>
    {
        var c = change.Change;
        await using var command = connection.Command(
            $"""
            INSERT INTO quarantined_changes (tx, seq, village_code, period, entity_type, kind, fields, reason, library_version, quarantined_at, attempts)
            VALUES (@tx, @seq, @village, @period, @type, @kind, @fields, @reason, @library, @at, @attempts)
            ON CONFLICT (tx, seq) DO UPDATE SET reason = excluded.reason, library_version = excluded.library_version, attempts = excluded.attempts
            """, tx)
            .With("@tx", c.Cursor.Transaction).With("@seq", c.Cursor.Sequence).With("@village", c.VillageCode).With("@period", c.Period)
            .With("@type", c.EntityType).With("@kind", (int)c.Kind).With("@fields", JsonSerializer.Serialize(c.Fields))
            .With("@reason", change.Reason).With("@library", change.LibraryVersion)
            .With("@at", change.QuarantinedAt.ToUnixTimeMilliseconds()).With("@attempts", change.Attempts);
        return await command.ExecuteNonQueryAsync(ct);
    }, ct);

    public async Task<IReadOnlyList<QuarantinedChange>> ListQuarantinedChangesAsync(CancellationToken ct = default)
    {
        await using var connection = await OpenAsync(ct);
        await using var command = connection.Command(
            $"SELECT tx, seq, village_code, period, entity_type, kind, fields, reason, library_version, quarantined_at, attempts FROM quarantined_changes ORDER BY tx, seq");
        var result = new List<QuarantinedChange>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var change = new ChangeFeedEntry(new FeedCursor(reader.GetInt64(0), reader.GetInt64(1)), reader.GetString(2), reader.GetString(3),
                reader.GetString(4), (EventKind)reader.GetInt32(5), JsonSerializer.Deserialize<List<string>>(reader.GetString(6)) ?? []);
            result.Add(new QuarantinedChange(change, reader.GetString(7), reader.GetString(8),
                DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(9)), reader.GetInt32(10)));
        }
        return result;
    }

    public Task ReleaseQuarantinedChangeAsync(FeedCursor cursor, CancellationToken ct = default) => WriteAsync(async (connection, tx) =>
    {
        await using var command = connection.Command($"DELETE FROM quarantined_changes WHERE tx = @tx AND seq = @seq", tx)
            .With("@tx", cursor.Transaction).With("@seq", cursor.Sequence);
        return await command.ExecuteNonQueryAsync(ct);
    }, ct);
}
