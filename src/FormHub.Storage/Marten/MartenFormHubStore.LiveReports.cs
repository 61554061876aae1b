using FormHub.Storage.Marten.Documents;
using FormHub.Storage.Model;
using FormHub.Storage.Shared;
using Marten;
using Npgsql;

namespace FormHub.Storage.Marten;

/// <summary>
/// The live report materializer's feed cursors, its lease and its quarantine of changes whose derivation failed.
/// Each decision reads the document and writes it back under optimistic concurrency, so of two servers deciding at once
/// one commits and the other decides again on what the first wrote.
/// </summary>
public sealed partial class MartenFormHubStore
{
    public async Task<FeedCursor> GetCursorAsync(string name, CancellationToken ct = default)
    {
        await using var session = Documents.QuerySession();
        var stored = await session.LoadAsync<FeedCursorDocument>(name, ct);
        return stored is null ? FeedCursor.Start : new FeedCursor(stored.Transaction, stored.Sequence);
    }

    public Task SetCursorAsync(string name, FeedCursor position, CancellationToken ct = default) => WriteAsync(async session =>
    {
        var stored = await session.LoadAsync<FeedCursorDocument>(name, ct);
        var next = new FeedCursorDocument(name, position.Transaction, position.Sequence);
        // Only forward: two readers that overlap (a server and `reports watch`) can never move it back.
        if (stored is null) session.Insert(next);
        else if (position.CompareTo(new FeedCursor(stored.Transaction, stored.Sequence)) > 0) session.Store(next);
    }, ct);

    /// <summary>
    /// A database whose feed positions were kept the old way (table <c>cursors</c>, a bare event number) has them carried
    /// over once, so the materializer resumes where it was: the position's transaction is that of the event it points at.
    /// Copy and drop commit together (the session joins the connection's transaction).
    /// </summary>
    private async Task CarryOverLegacyCursorsAsync(CancellationToken ct)
    {
        await using var connection = await DataSource.OpenConnectionAsync(ct);
        await using (var exists = new NpgsqlCommand("SELECT to_regclass(@name) IS NOT NULL", connection))
        {
            exists.Parameters.AddWithValue("name", T("cursors"));
            if (await exists.ExecuteScalarAsync(ct) is not true) return;
        }
        await using var tx = await connection.BeginTransactionAsync(ct);
        var positions = new List<FeedCursorDocument>();
        await using (var read = new NpgsqlCommand(
            $"""
            SELECT c.name, COALESCE((SELECT CAST(CAST(f.tx AS text) AS bigint) FROM {T("event_feed")} f WHERE f.seq <= c.position ORDER BY f.seq DESC LIMIT 1), 0),
                   c.position
            FROM {T("cursors")} c
            """, connection, tx))
        await using (var reader = await read.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct)) positions.Add(new FeedCursorDocument(reader.GetString(0), reader.GetInt64(1), reader.GetInt64(2)));
        }
        using (ReadReplay.OwnTransaction())
        await using (var session = SessionOn(tx))
        {
            var stored = (await session.LoadManyAsync<FeedCursorDocument>(ct, positions.Select(p => p.Id))).Select(c => c.Id).ToHashSet();
            foreach (var position in positions.Where(p => !stored.Contains(p.Id))) session.Insert(position);
            await session.SaveChangesAsync(ct);
        }
        await using (var drop = new NpgsqlCommand($"DROP TABLE {T("cursors")}", connection, tx)) await drop.ExecuteNonQueryAsync(ct);
        await tx.CommitAsync(ct);
    }

    public Task<bool> TryHoldLeaseAsync(string name, string holder, TimeSpan duration, CancellationToken ct = default) => WriteAsync(async session =>
    {
        var now = Clock.GetUtcNow().UtcTicks;
        var lease = await session.LoadAsync<LeaseDocument>(name, ct);
        // Taken when free, expired or already this holder's; another holder's live lease is left alone.
        if (lease is null) session.Insert(new LeaseDocument(name, holder, now + duration.Ticks));
        else if (lease.Holder == holder || lease.ExpiresAt < now) session.Store(new LeaseDocument(name, holder, now + duration.Ticks));
        else return false;
        return true;
    }, ct);

    public async Task<string?> GetLeaseHolderAsync(string name, CancellationToken ct = default)
    {
        await using var session = Documents.QuerySession();
        return (await session.LoadAsync<LeaseDocument>(name, ct))?.Holder;
    }

    public Task<bool> TryTakeOverLeaseAsync(string name, string holder, string abandoned, TimeSpan duration, CancellationToken ct = default) =>
        WriteAsync(async session =>
        {
            var lease = await session.LoadAsync<LeaseDocument>(name, ct);
            if (lease is null || lease.Holder != abandoned) return false;
            session.Store(new LeaseDocument(name, holder, Clock.GetUtcNow().UtcTicks + duration.Ticks));
            return true;
        }, ct);

    public Task ReleaseLeaseAsync(string name, string holder, CancellationToken ct = default) => WriteAsync(session =>
    {
        session.DeleteWhere<LeaseDocument>(l => l.Id == name && l.Holder == holder);
        return Task.CompletedTask;
    }, ct);

    public Task QuarantineChangeAsync(QuarantinedChange change, CancellationToken ct = default) => WriteAsync(async session =>
    {
        var c = change.Change;
        var id = QuarantinedChangeDocument.KeyOf(c.Cursor.Transaction, c.Cursor.Sequence);
        var stored = await session.LoadAsync<QuarantinedChangeDocument>(id, ct);
        // Set aside again: the reason and count move on, the change and when it was first set aside stay.
        if (stored is not null)
        {
            session.Store(stored with { Reason = change.Reason, LibraryVersion = change.LibraryVersion, Attempts = change.Attempts });
            return;
        }
        session.Insert(new QuarantinedChangeDocument(id, c.Cursor.Transaction, c.Cursor.Sequence, c.VillageCode, c.Period, c.EntityType, (int)c.Kind,
            c.Fields.ToList(), change.Reason, change.LibraryVersion, EventHasher.Truncate(change.QuarantinedAt), change.Attempts));
    }, ct);

    public async Task<IReadOnlyList<QuarantinedChange>> ListQuarantinedChangesAsync(CancellationToken ct = default)
    {
        await using var session = Documents.QuerySession();
        var stored = await session.Query<QuarantinedChangeDocument>().OrderBy(q => q.Transaction).ThenBy(q => q.Sequence).ToListAsync(ct);
        return stored.Select(q => new QuarantinedChange(
                new ChangeFeedEntry(new FeedCursor(q.Transaction, q.Sequence), q.VillageCode, q.Period, q.EntityType, (EventKind)q.Kind, q.Fields.ToList()),
                q.Reason, q.LibraryVersion, q.QuarantinedAt, q.Attempts))
            .ToList();
    }

    public Task ReleaseQuarantinedChangeAsync(FeedCursor cursor, CancellationToken ct = default) => WriteAsync(session =>
    {
        session.Delete<QuarantinedChangeDocument>(QuarantinedChangeDocument.KeyOf(cursor.Transaction, cursor.Sequence));
        return Task.CompletedTask;
    }, ct);
}
