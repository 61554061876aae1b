using System.Data.Common;
using System.Text.Json;
using FormHub.Storage.Audit;
using FormHub.Storage.Errors;
using FormHub.Storage.Marten;
using FormHub.Storage.Marten.Documents;
using FormHub.Storage.Model;
using FormHub.Storage.Shared;
using Marten;
using Marten.Services;
using Npgsql;
using static FormHub.Storage.Migration.LegacyTables;

namespace FormHub.Storage.Migration;

/// <summary>
/// The upgrade path onto the Marten engine (<c>formhub migrate</c>): copies a database in the SQL engines' table layout
/// — the hand-written PostgreSQL engine's schema or a SQLite file — into an empty Marten store, then verifies every
/// village there. Events keep their content, hashes and key ids byte for byte (each village becomes one stream, its
/// sequence the stream version), so the chains verify under the same audit key file. Every village's chain is checked
/// in the source first: a broken one refuses the copy. The copy is one PostgreSQL transaction: it lands whole or not
/// at all. Leases are not copied (a server of the old database must not seem to hold one); feed readers' positions
/// restart at the end of the copied feed when they had read the source to its end, at its start otherwise.
/// </summary>
public static class StoreMigration
{
    /// <summary>What a database must have to be a FormHub one.</summary>
    private static readonly string[] CoreTables = ["regions", "entities", "events", "village_chains", "periodic_values"];

    /// <summary>Documents written per Marten batch inside the one transaction (bounds the memory a county's copy takes).</summary>
    private const int Batch = 2000;

    /// <summary>From the hand-written engine's schema; <c>force</c> copies even while a server's lease there is live (<see cref="RefuseSourceInUseAsync"/>).</summary>
    public static async Task<MigrationReport> FromPostgresAsync(string connectionString, string schema, MartenFormHubStore target, CancellationToken ct = default,
        bool force = false)
    {
        await using var source = await OpenPostgresAsync(connectionString, schema, ct);
        return await CopyAsync(source, target, force, ct);
    }

    /// <summary>From a SQLite file; <c>force</c> copies even while a process has it open or a lease there is live.</summary>
    public static async Task<MigrationReport> FromSqliteAsync(string file, MartenFormHubStore target, CancellationToken ct = default, bool force = false)
    {
        // SQLite keeps its shared-memory file beside the database while any connection has it open (WAL mode), and
        // removes it when the last one closes; one left by a process that died goes with --force.
        if (!force && File.Exists(file + "-shm"))
            throw new MigrationRefusedException(
                $"SQLite 数据文件 {file} 仍被打开（存在 {Path.GetFileName(file)}-shm）：可能有服务器或命令仍在使用它，迁移后它写入的数据不会进入新库，未复制任何数据。" +
                "请先停止使用该文件的服务器再迁移；如确认没有进程在用（例如进程异常退出后遗留），可加 --force。",
                $"The SQLite file {file} is still open ({Path.GetFileName(file)}-shm exists): a server may still be using it, and what it writes after the copy " +
                "would not reach the new store. Nothing was copied. Stop it first, or pass --force if no process uses the file.");
        await using var source = await OpenSqliteAsync(file, ct);
        return await CopyAsync(source, target, force, ct);
    }

    /// <summary>
    /// A source a running server still writes would lose, after the copy, whatever it saves next. A server running live
    /// reports holds the materializer's lease and renews it every few seconds, so a live lease says one is running (or
    /// died less than a lease ago); --force copies anyway.
    /// </summary>
    private static async Task RefuseSourceInUseAsync(LegacyTables source, MartenFormHubStore target, CancellationToken ct)
    {
        if (await source.HeldLeaseAsync(target.Clock.GetUtcNow(), ct) is not { } lease) return;
        var until = lease.Until.ToOffset(TimeSpan.FromHours(8));
        throw new MigrationRefusedException(
            $"来源库 {source.Description} 仍在被运行中的服务器使用：租约「{lease.Name}」由 {lease.Holder} 持有，有效至 {until:yyyy-MM-dd HH:mm:ss}（北京时间）。" +
            "迁移后它写入的数据不会进入新库，未复制任何数据。请先停止所有使用该库的服务器再迁移；如确认它们都已停止（例如服务器异常退出后租约尚未过期），可加 --force。",
            $"The source {source.Description} is still used by a running server: lease '{lease.Name}' is held by {lease.Holder} until {lease.Until:u}. " +
            "What it writes after the copy would not reach the new store. Nothing was copied. Stop every server using it first, or pass --force if they have stopped.");
    }

    private static async Task<MigrationReport> CopyAsync(LegacyTables source, MartenFormHubStore target, bool force, CancellationToken ct)
    {
        foreach (var table in CoreTables)
        {
            if (!await source.HasTableAsync(table, ct))
                throw new MigrationRefusedException($"{source.Description} 不是 FormHub 数据库（没有 {table} 表），未复制任何数据。",
                    $"{source.Description} is not a FormHub database (no {table} table); nothing was copied.");
        }
        if (!force) await RefuseSourceInUseAsync(source, target, ct);
        if (await target.CountRowsAsync(ct) is var rows and > 0)
            throw new MigrationRefusedException(
                $"目标 Marten 存储（{target.Location}）已有数据（{rows} 行），迁移只写入空库，未复制任何数据。请换一个空的数据库或模式。",
                $"The target Marten store ({target.Location}) already holds data ({rows} rows); migrate writes only into an empty one. Nothing was copied.");

        var broken = await CheckSourceChainsAsync(source, target.AuditKeys, ct);
        if (broken.Count > 0) return new MigrationReport([], broken, []);

        var copied = await WriteAsync(source, target, ct);
        await target.RefreshCatalogAsync(ct);
        var verified = new List<ChainVerification>();
        foreach (var village in await VillagesWithChainsAsync(target, ct)) verified.Add(await target.VerifyAsync(village, ct));
        return new MigrationReport(copied, [], verified);
    }

    private const string EventColumns =
        "seq, village_code, village_seq, entity_id, entity_type, kind, valid_from, period, recorded_at, user_name, source, payload, prev_hash, hash, key_id";

    /// <summary>Every village's chain recomputed from the source's events as stored, and its signed head checked.</summary>
    private static async Task<List<ChainVerification>> CheckSourceChainsAsync(LegacyTables source, AuditKeyRing keys, CancellationToken ct)
    {
        var heads = new Dictionary<string, (long, string, string?, string?)>(StringComparer.Ordinal);
        await source.ForEachAsync("SELECT village_code, last_village_seq, last_hash, head_key_id, head_mac FROM {village_chains}",
            r => heads[Text(r, 0)] = (Long(r, 1), Text(r, 2), TextOrNull(r, 3), TextOrNull(r, 4)), ct);
        var broken = new List<ChainVerification>();
        ChainCheck? check = null;
        string? village = null;
        void Close()
        {
            if (check is null) return;
            check.CheckHead(heads.Remove(village!, out var head) ? head : null);
            if (check.Breaks.Count > 0) broken.Add(new ChainVerification(village!, check.Checked, check.Breaks, [], check.Legacy));
        }
        await source.ForEachAsync($"SELECT {EventColumns} FROM {{events}} ORDER BY village_code, village_seq", r =>
        {
            if (Text(r, 1) != village)
            {
                Close();
                village = Text(r, 1);
                check = new ChainCheck(village, keys);
            }
            check!.Add(Long(r, 0), Long(r, 2), Id(r, 3), Text(r, 4), Int(r, 5), Date(r, 6), TextOrNull(r, 7), Time(r, 8), Text(r, 9), Int(r, 10),
                Text(r, 11), Text(r, 12), Text(r, 13), TextOrNull(r, 14));
        }, ct);
        Close();
        // A head without events: its events were removed.
        foreach (var (code, head) in heads)
        {
            if (head.Item1 > 0) broken.Add(new ChainVerification(code, 0,
                [new ChainBreak(1, null, $"链头记录有 {head.Item1} 条事件，但事件日志中没有该村的事件 / the head records {head.Item1} events but the log has none")], []));
        }
        return broken;
    }

    private static async Task<List<string>> VillagesWithChainsAsync(MartenFormHubStore target, CancellationToken ct)
    {
        await using var session = target.Documents.QuerySession();
        return (await session.Query<VillageChain>().Select(c => c.Id).ToListAsync(ct)).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>Writes everything in one transaction, in batches of Marten sessions enlisted in it.</summary>
    private static async Task<List<(string, long)>> WriteAsync(LegacyTables source, MartenFormHubStore target, CancellationToken ct)
    {
        await using var connection = await target.DataSource.OpenConnectionAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(ct);
        // Every Marten session below is enlisted in this transaction: none of their reads is replayed on it.
        using var own = ReadReplay.OwnTransaction();
        var writer = new BatchWriter(target, tx);
        var copied = new List<(string, long)>();

        async Task Table(string kind, string table, string sql, Action<DbDataReader, IDocumentSession> each)
        {
            if (!await source.HasTableAsync(table, ct)) { copied.Add((kind, 0)); return; }
            long n = 0;
            await source.ForEachAsync(sql, async r => { each(r, await writer.SessionAsync(ct)); n++; }, ct);
            await writer.FlushAsync(ct);
            copied.Add((kind, n));
        }

        await Table("区划", "regions", "SELECT code, name, level, parent_code FROM {regions}", (r, s) =>
            s.Insert(new RegionRecord { Id = Text(r, 0), Name = Text(r, 1), Level = Int(r, 2), ParentCode = TextOrNull(r, 3) }));
        await Table("村、户、人员记录", "entities",
            "SELECT id, entity_type, village_code, county_code, version, data, field_valid_from, valid_from, retired_on, retired_reason, retired_note, search_text, updated_at FROM {entities}",
            (r, s) =>
            {
                var retirement = r.IsDBNull(8) ? null : new Retirement(Date(r, 8), (RetirementReason)Int(r, 9), TextOrNull(r, 10));
                var validFrom = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
                using (var doc = JsonDocument.Parse(Text(r, 6)))
                {
                    foreach (var p in doc.RootElement.EnumerateObject()) validFrom[p.Name] = DateOnly.ParseExact(p.Value.GetString()!, "yyyy-MM-dd");
                }
                s.Insert(new EntityRecord
                {
                    Id = Id(r, 0), EntityType = Text(r, 1), VillageCode = Text(r, 2), CountyCode = Text(r, 3), Version = Long(r, 4),
                    Data = MartenFormHubStore.JsonElementOf(Text(r, 5)), FieldValidFrom = EntityState.Sparse(validFrom, Date(r, 7)) is { Count: > 0 } dates ? dates : null, ValidFrom = Date(r, 7),
                    Retirement = retirement, RetiredOn = retirement?.Date, SearchText = Text(r, 11), UpdatedAt = Time(r, 12),
                });
            });
        await Table("身份证号登记", "identity_numbers", "SELECT id_number, entity_id, county_code, village_code FROM {identity_numbers}", (r, s) =>
            s.Insert(new IdentityClaim { Id = IdentityClaim.KeyOf(Text(r, 0), Id(r, 1)), IdNumber = Text(r, 0), EntityId = Id(r, 1), CountyCode = Text(r, 2), VillageCode = Text(r, 3) }));
        await Table("周期值", "periodic_values",
            "SELECT county_code, village_code, entity_id, entity_type, field, period, value, updated_at, version FROM {periodic_values}", (r, s) =>
            {
                s.Insert(new PeriodicRecord
                {
                    Id = PeriodicRecord.KeyOf(Id(r, 2), Text(r, 4), Text(r, 5)), CountyCode = Text(r, 0), VillageCode = Text(r, 1), EntityId = Id(r, 2),
                    EntityType = Text(r, 3), Field = Text(r, 4), Period = Text(r, 5), Value = MartenFormHubStore.JsonElementOf(Text(r, 6)),
                    Version = Long(r, 8), UpdatedAt = Time(r, 7),
                });
            });
        await CopyEventsAsync(source, writer, copied, ct);
        await Table("村哈希链头", "village_chains", "SELECT county_code, village_code, last_village_seq, last_hash, head_key_id, head_mac FROM {village_chains}", (r, s) =>
            s.Insert(new VillageChain { Id = Text(r, 1), CountyCode = Text(r, 0), LastVillageSeq = Long(r, 2), LastHash = Text(r, 3), HeadKeyId = TextOrNull(r, 4), HeadMac = TextOrNull(r, 5) }));
        // Findings of databases from before across-villages rules and English messages have neither column.
        var findingColumns = new ServiceDocumentsCopy.FindingColumns(
            await source.HasColumnAsync("findings", "related", ct), await source.HasColumnAsync("findings", "message_en", ct));
        await ServiceDocumentsCopy.CopyAsync(Table, findingColumns);
        await writer.FlushAsync(ct);

        // The feed: every copied event, in the copy's own transaction; then the sequences past the copied numbers.
        await ExecuteAsync(connection, tx, $"INSERT INTO {target.T("event_feed")} (seq) SELECT seq_id FROM {target.T("mt_events")} ORDER BY seq_id", ct);
        foreach (var (sequence, table) in new[]
                 {
                     (MartenFormHubStore.AuditSequence, "mt_doc_audit_log"), (MartenFormHubStore.NotificationSequence, "mt_doc_notifications"),
                     (MartenFormHubStore.DeliverySequence, "mt_doc_webhook_deliveries"),
                 })
        {
            await ExecuteAsync(connection, tx,
                $"SELECT setval('{target.T(sequence)}', GREATEST((SELECT COALESCE(MAX(id), 0) FROM {target.T(table)}), 1), (SELECT COUNT(*) > 0 FROM {target.T(table)}))", ct);
        }
        await CopyCursorsAsync(source, target, connection, tx, ct);
        await tx.CommitAsync(ct);
        return copied;
    }

    /// <summary>Each village's events as one stream, in village sequence, with the hashed content unchanged.</summary>
    private static async Task CopyEventsAsync(LegacyTables source, BatchWriter writer, List<(string, long)> copied, CancellationToken ct)
    {
        long n = 0;
        string? village = null;
        var events = new List<VillageEventRecorded>();
        async Task AppendAsync()
        {
            if (village is null || events.Count == 0) return;
            (await writer.SessionAsync(ct, events.Count)).Events.StartStream(village, events.ToArray());
            events.Clear();
        }
        await source.ForEachAsync($"SELECT {EventColumns} FROM {{events}} ORDER BY village_code, village_seq", async r =>
        {
            if (Text(r, 1) != village)
            {
                await AppendAsync();
                village = Text(r, 1);
            }
            events.Add(new VillageEventRecorded(Id(r, 3), Text(r, 4), Int(r, 5), Date(r, 6), TextOrNull(r, 7), EventHasher.Truncate(Time(r, 8)), Text(r, 9),
                Int(r, 10), Text(r, 11), Text(r, 12), Text(r, 13), TextOrNull(r, 14)));
            n++;
        }, ct);
        await AppendAsync();
        await writer.FlushAsync(ct);
        copied.Add(("事件", n));
    }

    /// <summary>
    /// A feed reader that had read the source to its end (the usual case after the servers were stopped) is at the end of
    /// the copied feed; one that had not starts over, re-deriving everything once rather than missing a change.
    /// </summary>
    private static async Task CopyCursorsAsync(LegacyTables source, MartenFormHubStore target, NpgsqlConnection connection, NpgsqlTransaction tx, CancellationToken ct)
    {
        if (!await source.HasTableAsync("feed_cursors", ct)) return;
        var hasTx = await source.HasColumnAsync("events", "tx", ct);
        (long Tx, long Seq) end = (0, 0);
        await source.ForEachAsync(hasTx ? "SELECT CAST(CAST(tx AS text) AS bigint), seq FROM {events} ORDER BY tx DESC, seq DESC LIMIT 1" : "SELECT 0, seq FROM {events} ORDER BY seq DESC LIMIT 1",
            r => end = (Long(r, 0), Long(r, 1)), ct);
        var cursors = new List<(string Name, bool AtEnd)>();
        await source.ForEachAsync("SELECT name, tx, seq FROM {feed_cursors}", r => cursors.Add((Text(r, 0), (Long(r, 1), Long(r, 2)).CompareTo(end) >= 0)), ct);
        if (cursors.Count == 0) return;
        (long Tx, long Seq) copiedEnd = (0, 0);
        await using (var command = new NpgsqlCommand($"SELECT CAST(CAST(tx AS text) AS bigint), seq FROM {target.T("event_feed")} ORDER BY tx DESC, seq DESC LIMIT 1", connection, tx))
        await using (var r = await command.ExecuteReaderAsync(ct))
        {
            if (await r.ReadAsync(ct)) copiedEnd = (r.GetInt64(0), r.GetInt64(1));
        }
        await using var session = target.SessionOn(tx);
        foreach (var (name, atEnd) in cursors) session.Insert(atEnd ? new FeedCursorDocument(name, copiedEnd.Tx, copiedEnd.Seq) : new FeedCursorDocument(name, 0, 0));
        await session.SaveChangesAsync(ct);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction tx, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection, tx);
        await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>Marten sessions enlisted in the copy's transaction, each saved (not committed) after a batch of operations.</summary>
    private sealed class BatchWriter(MartenFormHubStore target, NpgsqlTransaction tx)
    {
        private IDocumentSession? _session;
        private int _pending;

        public async Task<IDocumentSession> SessionAsync(CancellationToken ct, int operations = 1)
        {
            if (_pending >= Batch) await FlushAsync(ct);
            _pending += operations;
            return _session ??= target.SessionOn(tx);
        }

        public async Task FlushAsync(CancellationToken ct)
        {
            if (_session is null) return;
            await _session.SaveChangesAsync(ct);
            await _session.DisposeAsync();
            _session = null;
            _pending = 0;
        }
    }
}
