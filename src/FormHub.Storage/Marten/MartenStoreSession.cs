using FormHub.Core.Catalog;
using FormHub.Core.OrgUnits;
using FormHub.Core.Periods;
using FormHub.Storage.Errors;
using FormHub.Storage.Model;
using FormHub.Storage.Shared;
using Marten;
using JasperFx;
using JasperFx.Events;
using Marten.Exceptions;
using Npgsql;

namespace FormHub.Storage.Marten;

/// <summary>
/// Saves a session's operations through one Marten session enlisted in one PostgreSQL transaction: <see cref="SaveWork"/>
/// validates them against the catalog exactly as on the other engines; this writes the record documents (Marten checks
/// the version it loaded; many new ones go by COPY), identity claims, periodic values (inserted, or updated at the version
/// read) and each village's events appended to its stream at the expected version, hash-chained under a per-village lock,
/// then the feed positions. Opened as a bulk session it keeps one transaction open and writes each flushed batch into it,
/// so a load of any size holds one batch in memory (as the SQLite engine does).
/// </summary>
internal sealed class MartenStoreSession(MartenFormHubStore store, string user, ChangeSource source, bool bulk = false) : StoreSession, IBulkStoreSession
{
    private NpgsqlConnection? _connection;
    private NpgsqlTransaction? _transaction;

    /// <summary>
    /// Whether this bulk session's ID numbers are locked by the identity space's exclusive lock (see
    /// <see cref="IdentityLocks"/>): from the first batch with numbers flushed before the commit, since more may follow in
    /// the same transaction; a load written in one batch (flushed by the commit, a village of ~1,000 numbers) keeps the
    /// per-number locks so village loads still run side by side. A save whose per-number locks found PostgreSQL's lock
    /// table full takes it for its second try.
    /// </summary>
    private bool _identitySpaceExclusive;

    /// <summary>Batches written in this bulk session's transaction: a load of more than one refreshes the planner's statistics after its commit.</summary>
    private int _batchesWritten;

    public override async Task<SaveResult> SaveChangesAsync(CancellationToken ct = default)
    {
        if (bulk) return await FlushBatchAsync(lastBatch: false, ct);
        if (Operations.Count == 0) return new SaveResult(0, new Dictionary<Guid, long>());
        // Values are checked against the newest catalog version, whichever server or command saved it. The save validates
        // against the version held and reads the newest number in its transaction, beside its chain locks (a round trip it
        // makes anyway; a read of its own before every save was one more). When a newer version was saved elsewhere, it
        // is loaded and the save runs again, as it did before: the catalog refreshed first, then the save.
        // A save refused against the catalog held is judged again when a newer one is stored (refusals are rare; the read
        // is theirs alone).
        var held = store.HeldCatalogNow;
        try
        {
            return await SaveOnceAsync(held.Catalog, held.Version, ct);
        }
        catch (CatalogMovedException)
        {
            await store.RefreshCatalogAsync(ct);
        }
        catch (StoreValidationException)
        {
            await store.RefreshCatalogAsync(ct);
            if (store.CatalogVersion == held.Version) throw;
        }
        return await SaveOnceAsync(store.HeldCatalogNow.Catalog, checkedVersion: null, ct);
    }

    /// <summary>One attempt at a plain save, validated against <paramref name="catalog"/> (<paramref name="checkedVersion"/>: its version, checked in the transaction).</summary>
    private async Task<SaveResult> SaveOnceAsync(FieldCatalog catalog, long? checkedVersion, CancellationToken ct)
    {
        SaveResult result;
        try
        {
            result = await SaveInOneTransactionAsync(catalog, checkedVersion, ct);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.OutOfMemory && !_identitySpaceExclusive)
        {
            // "Out of shared memory": PostgreSQL's lock table, shared by every connection, had no room for this save's
            // per-number ID locks beside other loads' (Npgsql closes the connection on it, so nothing was written). Once
            // more under the identity space's one lock (IdentityLocks): it waits for the other loads instead of failing.
            _identitySpaceExclusive = true;
            result = await SaveInOneTransactionAsync(catalog, checkedVersion, ct);
        }
        Operations.Clear();
        return result;
    }

    private async Task<SaveResult> SaveInOneTransactionAsync(FieldCatalog catalog, long? checkedVersion, CancellationToken ct)
    {
        await using var connection = await store.DataSource.OpenConnectionAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(ct);
        return await GuardLostConnectionAsync(connection, async () =>
        {
            var written = await WriteBatchAsync(connection, tx, catalog, checkedVersion, ct);
            await tx.CommitAsync(ct);
            return written;
        });
    }

    /// <summary>A newer catalog version was stored than the one a save validated against (found in its transaction, before it wrote).</summary>
    private sealed class CatalogMovedException() : Exception("A newer catalog version was saved; the save runs again against it.");

    public void Audit(AuditEntry entry) => KeepAuditLine(entry, bulk);

    public async Task FlushAsync(CancellationToken ct = default) => await FlushBatchAsync(lastBatch: false, ct);

    /// <summary>
    /// Writes the pending batch inside the bulk transaction (documents, claims, events, chain heads and feed positions, as
    /// a save does), under a savepoint (<see cref="StoreSession.WriteBatchUnderSavepointAsync"/>). Later batches see this
    /// one's records and chain heads; nobody else does before the commit. <paramref name="lastBatch"/>: flushed by the
    /// commit, so no batch follows in this transaction.
    /// </summary>
    private async Task<SaveResult> FlushBatchAsync(bool lastBatch, CancellationToken ct)
    {
        ObjectDisposedException.ThrowIf(Spent, this);
        if (Operations.Count == 0) return new SaveResult(0, new Dictionary<Guid, long>());
        await BeginAsync(ct);
        _batchesWritten++;
        // Once taken the exclusive lock is kept (a rolled-back savepoint may have let it go; taking it again is harmless).
        if (!lastBatch) _identitySpaceExclusive = true;

        return await WriteBatchUnderSavepointAsync(_transaction!,
            () => GuardLostConnectionAsync(_connection!, () => WriteBatchAsync(_connection!, _transaction!, store.Catalog, checkedVersion: null, ct)), ct);
    }

    private async Task BeginAsync(CancellationToken ct)
    {
        if (_transaction is not null) return;
        // One catalog version for the whole load: the newest when its first batch is written.
        await store.RefreshCatalogAsync(ct);
        _connection = await store.DataSource.OpenConnectionAsync(ct);
        _transaction = await _connection.BeginTransactionAsync(ct);
    }

    public async Task CommitAsync(CancellationToken ct = default)
    {
        await FlushBatchAsync(lastBatch: true, ct);
        Spent = true;
        if (AuditLines.Count > 0) await BeginAsync(ct);
        if (_transaction is null) return;
        await GuardLostConnectionAsync(_connection!, async () =>
        {
            if (AuditLines.Count > 0)
            {
                using var own = ReadReplay.OwnTransaction();
                await using var session = store.SessionOn(_transaction);
                await store.AddAuditAsync(session, AuditLines, ct);
                await session.SaveChangesAsync(ct);
            }
            await _transaction.CommitAsync(ct);
            return true;
        });
        if (_batchesWritten > 1) await AnalyzeAfterLoadAsync();
    }

    /// <summary>
    /// A load of several batches (an import) changes the make-up of the tables at once. Until autovacuum's next look (a
    /// minute or more) the planner would plan from statistics taken before it: roster pages and their counts then took
    /// the type index, every person of the county, instead of the village's (10–25 ms a page instead of 0.3–1 ms).
    /// </summary>
    private async Task AnalyzeAfterLoadAsync()
    {
        try
        {
            await using var analyze = new NpgsqlCommand(
                $"ANALYZE {store.T("mt_doc_entities")}, {store.T("mt_doc_periodic_values")}, {store.T("mt_events")}", _connection);
            analyze.CommandTimeout = 300;
            // Not cancelled with the load: it is committed, and the statistics are for whoever reads next.
            await analyze.ExecuteNonQueryAsync(CancellationToken.None);
        }
        catch (NpgsqlException)
        {
            // The load is committed; statistics only help plans, and autovacuum takes them in time anyway.
        }
    }

    public async ValueTask DisposeAsync()
    {
        Spent = true;
        // A transaction not committed is rolled back by its disposal.
        if (_transaction is not null) await _transaction.DisposeAsync();
        if (_connection is not null) await _connection.DisposeAsync();
        _transaction = null;
        _connection = null;
    }

    /// <summary>
    /// Validates and writes the pending operations through one Marten session on <paramref name="tx"/>, without committing.
    /// Validated against <paramref name="catalog"/>; <paramref name="checkedVersion"/>: its version, and the save throws
    /// <see cref="CatalogMovedException"/> before anything is written when a newer one is stored (null: the caller
    /// refreshed the catalog just before).
    /// </summary>
    private async Task<SaveResult> WriteBatchAsync(NpgsqlConnection connection, NpgsqlTransaction tx, FieldCatalog catalog, long? checkedVersion, CancellationToken ct)
    {
        using var own = ReadReplay.OwnTransaction();
        await using var session = store.SessionOn(tx);
        var work = new MartenSaveWork(store, catalog, checkedVersion, session, connection, tx, user, source, _identitySpaceExclusive) { Filings = Filings };
        try
        {
            return await work.RunAsync(Operations, ct);
        }
        catch (Exception ex) when (IsLockConflict(ex))
        {
            // PostgreSQL chose this save as a deadlock's victim (or refused it a serializable snapshot): another writer
            // went first, so it is a conflict the user resolves by reloading (409), not a server fault.
            throw await work.ConflictAsync(ex, ct, certain: true);
        }
    }

    /// <summary>
    /// A deadlock (40P01) or serialization failure (40001) anywhere in the save, as PostgreSQL or Marten (wrapping it)
    /// reports it. Marten does not replay a failed unit of work here (see the store's write pipeline), so the failure in
    /// the chain is the first statement's own; a transaction aborted by something else (25P02 after another fault) is not a
    /// conflict and stays the error it is.
    /// </summary>
    internal static bool IsLockConflict(Exception e) => e switch
    {
        PostgresException p => p.SqlState is PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure,
        AggregateException a => a.InnerExceptions.Any(IsLockConflict),
        _ => e.InnerException is { } inner && IsLockConflict(inner),
    };

    private static async Task<T> GuardLostConnectionAsync<T>(NpgsqlConnection connection, Func<Task<T>> write)
    {
        try
        {
            return await write();
        }
        catch (InvalidOperationException lost) when (connection.FullState.HasFlag(System.Data.ConnectionState.Broken) || connection.State == System.Data.ConnectionState.Closed)
        {
            // The server went away mid-save (Npgsql completed the transaction and Marten then trips over it): a database fault
            // like any other lost connection, nothing committed.
            throw new NpgsqlException("The connection to PostgreSQL was lost during the save; nothing was saved.", lost);
        }
    }

    /// <summary><paramref name="catalogVersion"/>: the version of <paramref name="catalog"/>, checked against the newest stored one under the chain locks (null: not checked).</summary>
    private sealed class MartenSaveWork(MartenFormHubStore store, FieldCatalog catalog, long? catalogVersion, IDocumentSession session,
        NpgsqlConnection connection, NpgsqlTransaction tx, string user, ChangeSource source, bool identitySpaceExclusive) : SaveWork(catalog, store.Today)
    {
        /// <summary>Periodic documents as loaded (null: none stored), written back through the same session so Marten checks their version.</summary>
        private readonly Dictionary<string, PeriodicRecord?> _loadedPeriodic = new(StringComparer.Ordinal);

        /// <summary>Candidate keys of the stored periodic values, read with the first records (<see cref="ExpectPeriodic"/>).</summary>
        private IReadOnlyCollection<(Guid Entity, string Field, string Period)> _periodicCandidates = [];

        protected override void ExpectPeriodic(IReadOnlyCollection<(Guid Entity, string Field, string Period)> candidates) => _periodicCandidates = candidates;

        /// <summary>Villages whose chain locks the first read takes (<see cref="ExpectVillages"/>); null once taken, or when not known up front.</summary>
        private string[]? _villagesAhead;

        /// <summary>The chain heads read under the locks the first read took (null: none taken yet).</summary>
        private Dictionary<string, VillageChain>? _heads;

        /// <summary>The villages whose chain locks the first read took.</summary>
        private readonly HashSet<string> _lockedAhead = new(StringComparer.Ordinal);

        /// <summary>Whether the catalog version held was checked against the newest stored one (in the first read or under the chain locks).</summary>
        private bool _catalogChecked;

        /// <summary>The village's closed months, read with the first records (<see cref="SaveWork.Filings"/>).</summary>
        private IReadOnlyList<Submission>? _closed;

        /// <summary>Marten's version of each document this save read by its own SQL, which the write checks (<c>UpdateExpectedVersion</c>).</summary>
        private readonly Dictionary<Guid, Guid> _recordVersions = [];
        private readonly Dictionary<string, Guid> _periodicVersions = new(StringComparer.Ordinal);

        /// <remarks>
        /// The filing guard's village is locked with them: the closed months, read in the same round trip after the locks,
        /// then hold until the commit (a month closing takes the village's chain lock too, see <c>SaveGuardedAsync</c>).
        /// </remarks>
        protected override void ExpectVillages(IReadOnlyCollection<string> villages) =>
            _villagesAhead = (Filings is { } guard ? villages.Append(guard.VillageCode) : villages).Distinct(StringComparer.Ordinal).ToArray();

        /// <summary>
        /// The records, and on the save's first read whatever else it will need before it writes, in one round trip of
        /// several statements (each with its own snapshot, taken in order): the villages' chain locks when they are known up
        /// front and the heads read after them, the newest catalog version, the village's closed months, the records and
        /// the periodic values the save may set (<see cref="ExpectPeriodic"/>). A cadre's save of a person's fields and the
        /// month's value was four round trips (closed months; records and values; locks, heads and catalog; then the write).
        /// Taken first, the chain locks also hold the village still while the save reads and checks its records.
        /// </summary>
        protected override async Task<IReadOnlyList<EntityState>> LoadEntitiesAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct)
        {
            var keys = _periodicCandidates.Select(k => PeriodicRecord.KeyOf(k.Entity, k.Field, k.Period)).ToArray();
            _periodicCandidates = [];
            await using var batch = new NpgsqlBatch(connection, tx);
            var prelude = AddPrelude(batch, closedMonths: true);
            batch.BatchCommands.Add(Statement($"SELECT data, mt_version FROM {store.T("mt_doc_entities")} WHERE id = ANY($1)", [ids.ToArray()]));
            if (keys.Length > 0) batch.BatchCommands.Add(Statement($"SELECT data, mt_version FROM {store.T("mt_doc_periodic_values")} WHERE id = ANY($1)", [keys]));
            var serializer = store.Documents.Options.Serializer();
            var records = new List<EntityState>();
            await using var reader = await batch.ExecuteReaderAsync(ct);
            if (prelude) await ReadPreludeAsync(reader, closedMonths: true, ct);
            while (await reader.ReadAsync(ct))
            {
                var record = serializer.FromJson<EntityRecord>(reader, 0);
                _recordVersions[record.Id] = reader.GetGuid(1);
                records.Add(store.ToState(record));
            }
            if (keys.Length == 0) return records;
            await reader.NextResultAsync(ct);
            var loaded = new Dictionary<string, PeriodicRecord>(StringComparer.Ordinal);
            while (await reader.ReadAsync(ct))
            {
                var record = serializer.FromJson<PeriodicRecord>(reader, 0);
                _periodicVersions[record.Id] = reader.GetGuid(1);
                loaded[record.Id] = record;
            }
            foreach (var key in keys) _loadedPeriodic[key] = loaded.GetValueOrDefault(key);
            return records;
        }

        /// <summary>One statement of a batch with positional parameters (<c>$1</c>, …).</summary>
        private static NpgsqlBatchCommand Statement(string sql, object[] values)
        {
            var statement = new NpgsqlBatchCommand(sql);
            foreach (var value in values) statement.Parameters.Add(new NpgsqlParameter { Value = value });
            return statement;
        }

        /// <summary>
        /// Adds to <paramref name="batch"/> what the save's first read carries when it is still to be read: the chain locks
        /// of the villages known up front and their heads, the catalog check, and (<paramref name="closedMonths"/>) the
        /// village's closed months; false when none of it is.
        /// </summary>
        private bool AddPrelude(NpgsqlBatch batch, bool closedMonths)
        {
            var any = false;
            if (_villagesAhead is { } villages)
            {
                AddChainLocks(batch, villages);
                any = true;
            }
            if (closedMonths && Filings is { } guard && _closed is null)
            {
                var statement = new NpgsqlBatchCommand(store.ClosedSubmissionsSql);
                MartenFormHubStore.AddClosedSubmissionsParameters(statement.Parameters, guard.VillageCode, guard.FromMonth);
                batch.BatchCommands.Add(statement);
                any = true;
            }
            return any;
        }

        /// <summary>Reads the results <see cref="AddPrelude"/> asked for and moves the reader to the next statement's.</summary>
        private async Task ReadPreludeAsync(NpgsqlDataReader reader, bool closedMonths, CancellationToken ct)
        {
            if (_villagesAhead is not null)
            {
                _heads = [];
                await ReadChainLocksAsync(reader, _heads, ct);
                _lockedAhead.UnionWith(_villagesAhead);
                _villagesAhead = null;
            }
            if (closedMonths && Filings is not null && _closed is null)
            {
                _closed = await store.ReadClosedSubmissionsAsync(reader, ct);
                await reader.NextResultAsync(ct);
            }
        }

        /// <summary>
        /// The chain lock of each of <paramref name="villages"/> (in code order, so two saves cannot deadlock on them), then
        /// their heads, each a statement of its own: the read's snapshot is taken once every lock is held, so it sees the
        /// head the previous holder committed. The newest catalog version is read after them when the save checks it.
        /// </summary>
        private void AddChainLocks(NpgsqlBatch batch, string[] villages)
        {
            batch.BatchCommands.Add(Statement(
                """SELECT pg_advisory_xact_lock(hashtext($1 || v)) FROM (SELECT v FROM unnest($2) AS v ORDER BY v COLLATE "C") AS ordered""",
                [store.ChainLockKey(""), villages]));
            batch.BatchCommands.Add(Statement($"SELECT data FROM {store.T("mt_doc_village_chains")} WHERE id = ANY($1)", [villages]));
            if (catalogVersion is not null && !_catalogChecked) batch.BatchCommands.Add(new NpgsqlBatchCommand(store.NewestCatalogVersionSql));
        }

        /// <summary>Reads <see cref="AddChainLocks"/>'s results into <paramref name="heads"/> (checking the catalog) and moves the reader past them.</summary>
        private async Task ReadChainLocksAsync(NpgsqlDataReader reader, Dictionary<string, VillageChain> heads, CancellationToken ct)
        {
            var serializer = store.Documents.Options.Serializer();
            await reader.NextResultAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                var head = serializer.FromJson<VillageChain>(reader, 0);
                heads[head.Id] = head;
            }
            await reader.NextResultAsync(ct);
            if (catalogVersion is not null && !_catalogChecked)
            {
                await reader.ReadAsync(ct);
                _catalogChecked = true;
                CheckCatalog(reader.GetInt64(0));
                await reader.NextResultAsync(ct);
            }
        }

        protected override async Task<IReadOnlyList<Submission>> ReadClosedMonthsAsync(string villageCode, string fromMonth, CancellationToken ct)
        {
            if (_closed is not null) return _closed;
            // No records were read with their fields (a save of new records or of values only): the chain locks, when
            // known up front, ride on this read instead.
            await using var batch = new NpgsqlBatch(connection, tx);
            AddPrelude(batch, closedMonths: false);
            var statement = new NpgsqlBatchCommand(store.ClosedSubmissionsSql);
            MartenFormHubStore.AddClosedSubmissionsParameters(statement.Parameters, villageCode, fromMonth);
            batch.BatchCommands.Add(statement);
            await using var reader = await batch.ExecuteReaderAsync(ct);
            await ReadPreludeAsync(reader, closedMonths: false, ct);
            return _closed = await store.ReadClosedSubmissionsAsync(reader, ct);
        }

        protected override async Task<IReadOnlyList<EntityState>> LoadEntitiesWithoutFieldsAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct)
        {
            // Records read without their fields are read by plain SQL: their values are read after them, by the session.
            _periodicCandidates = [];
            return await store.ReadStatesWithoutFieldsAsync(connection, tx, ids, ct);
        }

        protected override async Task<IReadOnlyDictionary<string, string>> RegionNamesAsync(IReadOnlyCollection<string> codes, CancellationToken ct) =>
            (await session.LoadManyAsync<RegionRecord>(ct, codes)).ToDictionary(r => r.Id, r => r.Name, StringComparer.Ordinal);

        protected override async Task<IReadOnlyDictionary<Guid, (string Type, string Village)>> FindRecordsAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct) =>
            (await session.LoadManyAsync<EntityRecord>(ct, ids)).ToDictionary(r => r.Id, r => (r.EntityType, r.VillageCode));

        protected override async Task<(object? Value, long Version)> ReadPeriodicAsync(EntityState e, string field, string period, CancellationToken ct)
        {
            var key = PeriodicRecord.KeyOf(e.Id, field, period);
            var record = await session.LoadAsync<PeriodicRecord>(key, ct);
            _loadedPeriodic[key] = record;
            return record is null ? (null, 0) : (FieldValueJson.ReadValue(record.Value, Catalog.FindField(e.EntityType, field)?.Type), record.Version);
        }

        /// <summary>
        /// The stored periodic documents a save sets, 500 a query: without it each value was its own <c>LoadAsync</c>, and a
        /// department's value set of 10,000 payments was 10,000 round trips (issue 16).
        /// </summary>
        protected override async Task<IReadOnlyDictionary<(Guid, string, string), (object? Value, long Version)>?> ReadStoredPeriodicAsync(
            IReadOnlyCollection<(Guid Entity, string Field, string Period)> keys, CancellationToken ct)
        {
            var found = new Dictionary<(Guid, string, string), (object? Value, long Version)>();
            // Those read with the records (ExpectPeriodic: the usual save of a stored record's values) need no query; the rest are read here.
            var ready = keys.Where(k => _loadedPeriodic.ContainsKey(PeriodicRecord.KeyOf(k.Entity, k.Field, k.Period))).ToList();
            foreach (var key in ready)
            {
                if (_loadedPeriodic[PeriodicRecord.KeyOf(key.Entity, key.Field, key.Period)] is { } record)
                    found[key] = (FieldValueJson.ReadValue(record.Value, Catalog.FindField(_entities[key.Entity].EntityType, key.Field)?.Type), record.Version);
            }
            foreach (var chunk in keys.Except(ready).Chunk(500))
            {
                var ids = chunk.Select(k => PeriodicRecord.KeyOf(k.Entity, k.Field, k.Period)).ToArray();
                var loaded = (await session.LoadManyAsync<PeriodicRecord>(ct, ids)).ToDictionary(r => r.Id, StringComparer.Ordinal);
                for (var i = 0; i < chunk.Length; i++)
                {
                    var record = loaded.GetValueOrDefault(ids[i]);
                    _loadedPeriodic[ids[i]] = record;
                    var (entity, field, _) = chunk[i];
                    if (record is not null)
                        found[chunk[i]] = (FieldValueJson.ReadValue(record.Value, Catalog.FindField(_entities[entity].EntityType, field)?.Type), record.Version);
                }
            }
            return found;
        }

        protected override async Task<IReadOnlyList<(string IdNumber, Guid Entity)>> LockIdentityHoldersAsync(IReadOnlyCollection<string> idNumbers, CancellationToken ct)
        {
            // The locks (IdentityLocks: per number under the space's shared lock, or the space exclusively for a large save)
            // and the claims read after them in one round trip; the read is a statement of its own, so its snapshot is
            // taken once the locks are held.
            // ID-number locks come before chain locks (see SaveWork.ExpectVillages): a save holding a village's chain while it
            // waits for a number could deadlock with an import holding the identity space while it waits for that chain.
            if (_lockedAhead.Count > 0)
                throw new InvalidOperationException("ID-number locks were asked for after this save took chain locks with its first read; chain locks must come after them.");
            var (lockSql, keys) = IdentityLocks.For(idNumbers, identitySpaceExclusive);
            await using var command = new NpgsqlCommand(
                $"""
                {lockSql};
                SELECT id_number, entity_id FROM {store.T("mt_doc_identity_numbers")} WHERE id_number = ANY(@numbers)
                """, connection, tx);
            command.Parameters.AddWithValue("space", store.Schema + ".identity");
            if (keys.Length > 0) command.Parameters.AddWithValue("keys", keys);
            command.Parameters.AddWithValue("numbers", idNumbers.ToArray());
            var claims = new List<(string IdNumber, Guid Entity)>();
            await using var reader = await command.ExecuteReaderAsync(ct);
            // Past the lock statements' results (one column each) to the claims' (two).
            while (reader.FieldCount != 2 && await reader.NextResultAsync(ct)) { }
            while (await reader.ReadAsync(ct)) claims.Add((reader.GetString(0), reader.GetGuid(1)));
            return claims;
        }

        protected override async Task<List<PeriodicVersion>> WriteAsync(CancellationToken ct)
        {
            var now = EventHasher.Truncate(store.Clock.GetUtcNow());
            // The villages' chain locks before any row is written (the COPYs and the bulk periodic update below write at
            // once), the order of a small save whose rows the session writes after its append: the other order let a
            // department's 80 values and a cadre's edit of one of them deadlock.
            var heads = await LockChainHeadsAsync(ct);
            var created = new List<EntityState>();
            foreach (var e in _entities.Values.Where(e => e.Dirty))
            {
                // Written at Marten's version read by the save's own SQL (a concurrent writer's update fails it).
                if (e.StoredVersion is not null) session.UpdateExpectedVersion(store.ToRecord(e, now), _recordVersions[e.Id]);
                else created.Add(e);
            }
            foreach (var (entity, number) in _identityRemoved) session.Delete<IdentityClaim>(IdentityClaim.KeyOf(number, entity));
            // A record created in this save has no claim stored yet: its claims are new documents like the record.
            var claimed = new List<IdentityClaim>();
            foreach (var (entity, number) in _identityAdded)
            {
                var e = _entities[entity];
                var claim = new IdentityClaim
                {
                    Id = IdentityClaim.KeyOf(number, entity), IdNumber = number, EntityId = entity, CountyCode = e.CountyCode, VillageCode = e.VillageCode,
                };
                if (e.StoredVersion is null) claimed.Add(claim); else session.Store(claim);
            }
            await InsertNewRecordsAsync(created, claimed, now, ct);
            var newPeriodic = new List<PeriodicRecord>();
            var changedPeriodic = new List<(PeriodicRecord, long)>();
            var periodic = WritePeriodic(now, newPeriodic, changedPeriodic);
            // In id order, as the bulk update writes them, so two bulk saves meet on their rows in one order.
            newPeriodic.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
            try
            {
                await InsertNewAsync(newPeriodic, ct);
                await UpdateChangedAsync(changedPeriodic, ct);
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation)
            {
                // Another writer stored one of these first values since this save read none: the COPY's form of the
                // session's DocumentAlreadyExistsException.
                throw await ConflictAsync(e, ct);
            }
            QueueFeed(await AppendEventsAsync(heads, ct));
            try
            {
                await session.SaveChangesAsync(ct);
            }
            catch (Exception ex) when (Unwrap(ex) is ConcurrencyException or DocumentAlreadyExistsException or EventStreamUnexpectedMaxEventIdException)
            {
                throw await ConflictAsync(Unwrap(ex), ct);
            }
            return periodic;
        }

        /// <summary>
        /// New records and their ID claims: many (a load) by FormHub's own COPY (<see cref="MartenFormHubStore.CopyNewRecordsAsync"/>),
        /// a few through the session's inserts.
        /// </summary>
        private async Task InsertNewRecordsAsync(List<EntityState> created, List<IdentityClaim> claimed, DateTimeOffset now, CancellationToken ct)
        {
            if (created.Count < MartenFormHubStore.CopyThreshold)
            {
                foreach (var e in created) session.Insert(store.ToRecord(e, now));
            }
            else
            {
                var copied = new List<EntityState>(created.Count);
                var others = new List<EntityRecord>();
                foreach (var e in created)
                {
                    if (MartenFormHubStore.CopiesAsNew(e)) copied.Add(e); else others.Add(store.ToRecord(e, now));
                }
                await store.CopyNewRecordsAsync(connection, copied, now, ct);
                await InsertNewAsync(others, ct);
            }
            if (claimed.Count < MartenFormHubStore.CopyThreshold) foreach (var claim in claimed) session.Insert(claim);
            else await store.CopyNewClaimsAsync(connection, claimed, now, ct);
        }

        /// <summary>New documents: COPY on the save's transaction when there are many (a load), else the session's inserts.</summary>
        private async Task InsertNewAsync<T>(List<T> documents, CancellationToken ct) where T : notnull
        {
            if (documents.Count >= MartenFormHubStore.CopyThreshold) await store.CopyNewDocumentsAsync(connection, documents, ct);
            else foreach (var document in documents) session.Insert(document);
        }

        /// <summary>
        /// Changed periodic documents: many in one guarded statement on the save's transaction (the session's unit of work
        /// searched its pending operations on every update, 10,000 × 10,000 for a month's changed payments), a few through
        /// the session, which checks the version it loaded.
        /// </summary>
        private async Task UpdateChangedAsync(List<(PeriodicRecord Record, long StoredVersion)> changed, CancellationToken ct)
        {
            if (changed.Count < MartenFormHubStore.CopyThreshold)
            {
                foreach (var (record, _) in changed)
                {
                    if (_periodicVersions.TryGetValue(record.Id, out var version)) session.UpdateExpectedVersion(record, version);
                    else session.Update(record);
                }
                return;
            }
            if (await store.UpdatePeriodicDocumentsAsync(connection, tx, changed, ct) < changed.Count)
                throw await ConflictAsync(new ConcurrencyException(typeof(PeriodicRecord), changed[0].Record.Id), ct);
        }

        private static Exception Unwrap(Exception ex) => ex is AggregateException { InnerExceptions.Count: > 0 } a ? Unwrap(a.InnerExceptions[0]) : ex;

        /// <summary>
        /// Updates the periodic documents read through the session (Marten checks their version) and collects the new ones
        /// in <paramref name="created"/>: a department's 10,000 first values of a month go by COPY, since the session's
        /// unit of work searches its pending operations on every insert, 10,000 × 10,000 (issue 16).
        /// </summary>
        private List<PeriodicVersion> WritePeriodic(DateTimeOffset now, List<PeriodicRecord> created, List<(PeriodicRecord, long)> changed)
        {
            var written = new List<PeriodicVersion>();
            foreach (var ((id, field, period), (e, _, value)) in _periodic)
            {
                var key = PeriodicRecord.KeyOf(id, field, period);
                var loaded = _loadedPeriodic.GetValueOrDefault(key);
                var record = loaded ?? new PeriodicRecord
                {
                    Id = key, CountyCode = e.CountyCode, VillageCode = e.VillageCode, EntityId = id, EntityType = e.EntityType, Field = field, Period = period,
                };
                record.Value = MartenFormHubStore.JsonElementOf(w => FieldValueJson.WriteValue(w, value));
                record.Version = _storedPeriodic[(id, field, period)].Version + 1;
                record.UpdatedAt = now;
                // Inserted when none was read (another writer's insert since makes it fail), else updated at the version read.
                if (loaded is null) created.Add(record);
                else changed.Add((record, _storedPeriodic[(id, field, period)].Version));
                written.Add(new PeriodicVersion(id, field, period, record.Version));
            }
            return written;
        }

        /// <summary>
        /// Appends each village's events to its stream, chained from the head read under the village's lock
        /// (<see cref="LockChainHeadsAsync"/>); returns each village's sequence before this save.
        /// </summary>
        private async Task<Dictionary<string, long>> AppendEventsAsync(Dictionary<string, VillageChain> heads, CancellationToken ct)
        {
            var before = new Dictionary<string, long>(StringComparer.Ordinal);
            if (_events.Count == 0) return before;
            var recordedAt = EventHasher.Truncate(store.Clock.GetUtcNow());
            var key = store.AuditKeys.Current;
            var appended = new Dictionary<string, List<VillageEventRecorded>>(StringComparer.Ordinal);
            foreach (var ev in _events)
            {
                var village = ev.Entity.VillageCode;
                if (!heads.TryGetValue(village, out var head))
                {
                    head = heads[village] = new VillageChain { Id = village, CountyCode = ev.Entity.CountyCode, LastHash = EventHasher.Genesis };
                }
                before.TryAdd(village, head.LastVillageSeq);
                var seq = head.LastVillageSeq + 1;
                var payload = EventPayload.Write(ev.Changes, ev.Retirement);
                var who = ev.Note is null ? user : $"{user}（{ev.Note}）";
                var hash = EventHasher.Compute(village, seq, ev.Entity.Id, ev.Entity.EntityType, (int)ev.Kind, ev.ValidFrom, ev.Period,
                    recordedAt, who, (int)source, payload, head.LastHash, key);
                if (!appended.TryGetValue(village, out var list)) appended[village] = list = [];
                list.Add(new VillageEventRecorded(ev.Entity.Id, ev.Entity.EntityType, (int)ev.Kind, ev.ValidFrom, ev.Period, recordedAt, who, (int)source,
                    payload, head.LastHash, hash, key.Id));
                head.LastVillageSeq = seq;
                head.LastHash = hash;
            }
            foreach (var (village, events) in appended)
            {
                var head = heads[village];
                head.HeadKeyId = key.Id;
                head.HeadMac = EventHasher.SealHead(village, head.LastVillageSeq, head.LastHash, key);
                session.Store(head);
                // The stream must end where the head says: Marten refuses the append otherwise (a chain never forks).
                if (events.Count >= MartenFormHubStore.EventInsertThreshold)
                {
                    if (!await store.InsertEventsAsync(connection, tx, village, before[village], events, ct))
                        throw await StreamMovedAsync(village, before[village], ct);
                }
                else if (before[village] == 0) session.Events.StartStream(village, events.ToArray<object>());
                else session.Events.Append(village, head.LastVillageSeq, events.ToArray<object>());
            }
            return before;
        }

        /// <summary>
        /// The chain heads of every village this save appends to, under their locks: taken with the first read when the
        /// villages were known up front (<see cref="ExpectVillages"/>), else here, in one round trip with the catalog check.
        /// </summary>
        private async Task<Dictionary<string, VillageChain>> LockChainHeadsAsync(CancellationToken ct)
        {
            var heads = _heads ?? [];
            // With the villages locked up front, every village appended to is among them (each operation was kept to its
            // village and its records were found there); a head not stored yet is a village's first event.
            var wanted = _events.Select(e => e.Entity.VillageCode);
            // The closed months were read before the guard's village was locked (a month may have closed since): locked
            // here, and read again after the lock in the same round trip; a month closing waits for this save from now on.
            var recheck = Filings is { } guard && !_lockedAhead.Contains(guard.VillageCode) ? guard : null;
            if (recheck is not null) wanted = wanted.Append(recheck.VillageCode);
            var villages = wanted.Distinct(StringComparer.Ordinal).Where(v => !_lockedAhead.Contains(v)).Order(StringComparer.Ordinal).ToArray();
            if (villages.Length == 0 && (catalogVersion is null || _catalogChecked)) return heads;
            await using var batch = new NpgsqlBatch(connection, tx);
            if (villages.Length > 0) AddChainLocks(batch, villages);
            else batch.BatchCommands.Add(new NpgsqlBatchCommand(store.NewestCatalogVersionSql));
            if (recheck is not null)
            {
                var closed = new NpgsqlBatchCommand(store.ClosedSubmissionsSql);
                MartenFormHubStore.AddClosedSubmissionsParameters(closed.Parameters, recheck.VillageCode, recheck.FromMonth);
                batch.BatchCommands.Add(closed);
            }
            await using var reader = await batch.ExecuteReaderAsync(ct);
            if (villages.Length > 0) await ReadChainLocksAsync(reader, heads, ct);
            else if (await reader.ReadAsync(ct))
            {
                _catalogChecked = true;
                CheckCatalog(reader.GetInt64(0));
            }
            // The same refusal the first read's months would have given (409 through the caller's guard).
            if (recheck is not null && recheck.Refusal(await store.ReadClosedSubmissionsAsync(reader, ct)) is { } refusal) throw refusal;
            return heads;
        }

        /// <summary>Stops the save before it writes when the newest catalog stored is not the one it validated against.</summary>
        private void CheckCatalog(long newest)
        {
            if (newest != 0 && newest != catalogVersion) throw new CatalogMovedException();
        }

        /// <summary>
        /// Stamps this save's events with its transaction id for the change feed (see <c>ReadChangesAsync</c>): queued in
        /// the session's write batch, which sends the event appends before any other operation, so the stamp finds them
        /// without a round trip of its own.
        /// </summary>
        private void QueueFeed(Dictionary<string, long> before)
        {
            if (before.Count == 0) return;
            session.QueueSqlCommand(
                $"""
                INSERT INTO {store.T("event_feed")} (seq)
                SELECT e.seq_id FROM {store.T("mt_events")} e JOIN unnest(CAST(? AS text[]), CAST(? AS bigint[])) AS h(village, after) ON e.stream_id = h.village AND e.version > h.after
                """, before.Keys.ToArray(), before.Values.ToArray());
        }

        /// <summary>
        /// A village's event stream not at the version its chain head (read under the village's lock) says: another writer
        /// appended meanwhile, so this save rests on stale data even when its records' versions do not show it. Told as the
        /// store's conflict on the save's first record (409, reload), not as a server fault.
        /// </summary>
        private async Task<Exception> StreamMovedAsync(string village, long expected, CancellationToken ct)
        {
            var first = _events.First(e => e.Entity.VillageCode == village).Entity;
            return await ConflictAsync(new ConcurrencyConflictException(first.Id, first.EntityType, null, expected, expected), ct, certain: true);
        }

        /// <summary>
        /// The conflict Marten found, told the way the other engines tell it (after this save's rollback, as stored now).
        /// <paramref name="certain"/>: another writer surely went first (a deadlock) even when its change is not committed
        /// yet, so the save's first record is named when no changed version is seen.
        /// </summary>
        internal async Task<Exception> ConflictAsync(Exception marten, CancellationToken ct, bool certain = false)
        {
            await tx.RollbackAsync(ct);
            foreach (var e in _entities.Values.Where(e => e.Dirty && e.StoredVersion is not null))
            {
                var current = await store.GetAsync(e.Id, ct);
                if (current is not null && current.Version != e.StoredVersion) return Conflict(e, e.StoredVersion!.Value, current.Version);
            }
            // The values as committed now, in one read per village (a bulk save holds thousands), not one per value.
            var committed = new Dictionary<(Guid, string, string), long>();
            foreach (var village in _periodic.GroupBy(p => p.Value.Entity.VillageCode, StringComparer.Ordinal))
            {
                var periods = village.Select(p => p.Key.Item3).Distinct(StringComparer.Ordinal).ToList();
                var ids = village.Select(p => p.Key.Item1).Distinct().ToList();
                foreach (var v in await store.GetPeriodicValuesAsync(village.Key, periods, ids, ct)) committed[(v.EntityId, v.Field, v.Period)] = v.Version;
            }
            foreach (var ((id, field, period), (e, _, _)) in _periodic)
            {
                var stored = _storedPeriodic[(id, field, period)].Version;
                var now = committed.GetValueOrDefault((id, field, period));
                if (now == stored) continue;
                // Read after the rollback, as committed: a record loaded without its fields is named from its document.
                var named = e.WithoutFields && await store.GetAsync(id, ct) is { } document ? e.WithFields(document.Fields) : e;
                return PeriodicConflict(named, Catalog.FindField(e.EntityType, field)!, Period.Parse(period), stored, now);
            }
            if (!certain) return marten;
            if (_entities.Values.FirstOrDefault(e => e.Dirty) is { } first) return Conflict(first, first.StoredVersion ?? 0, first.StoredVersion ?? 0);
            if (_periodic.Count > 0)
            {
                var ((_, field, period), (e, _, _)) = _periodic.First();
                var version = _storedPeriodic[(e.Id, field, period)].Version;
                return PeriodicConflict(e, Catalog.FindField(e.EntityType, field)!, Period.Parse(period), version, version);
            }
            return marten;
        }
    }
}
