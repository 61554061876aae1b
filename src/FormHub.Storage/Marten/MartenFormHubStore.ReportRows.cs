using FormHub.Core.OrgUnits;
using FormHub.Storage.Marten.Documents;
using FormHub.Storage.Model;
using FormHub.Storage.Shared;
using Marten;
using Npgsql;

namespace FormHub.Storage.Marten;

/// <summary>Materialized report rows as documents, one per template version, period and unit.</summary>
public sealed partial class MartenFormHubStore : IReportRowStore
{
    /// <summary>
    /// Writes the rows in key order, whatever order the caller names them in: a cold rebuild and a live materializer pass
    /// write the same rows in different unit × template orders, and in one order neither can hold a row the other waits
    /// for while waiting for one it holds (no deadlock between them). The transaction is this method's own, so a lock
    /// failure some other writer still causes (40P01, 40001) is replayed whole on a fresh session, up to three attempts.
    /// </summary>
    public async Task SaveReportRowsAsync(IReadOnlyCollection<StoredReportRow> rows, CancellationToken ct = default)
    {
        if (rows.Count == 0) return;
        var documents = rows
            .Select(row => new ReportRowDocument(ReportRowDocument.KeyOf(row.TemplateId, row.Version, row.Period, row.UnitCode), row.TemplateId,
                row.Version, row.Period, row.UnitCode, row.Level, row.Payload, EventHasher.Truncate(row.ComputedAt)))
            .OrderBy(d => d.Id, StringComparer.Ordinal).ToList();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var session = Documents.LightweightSession();
                foreach (var document in documents) session.Store(document);
                await session.SaveChangesAsync(ct);
                return;
            }
            catch (Exception e) when (attempt < 3 && MartenStoreSession.IsLockConflict(e))
            {
                await Task.Delay(TimeSpan.FromMilliseconds(20 * attempt), ct);
            }
        }
    }

    public async Task<StoredReportRow?> GetReportRowAsync(string templateId, int version, string period, string unitCode, CancellationToken ct = default)
    {
        await using var session = Documents.QuerySession();
        var row = await session.LoadAsync<ReportRowDocument>(ReportRowDocument.KeyOf(templateId, version, period, unitCode), ct);
        return row is null ? null : ToRow(row);
    }

    /// <summary>The documents by id, in one round trip.</summary>
    public async Task<IReadOnlyDictionary<ReportRowKey, StoredReportRow>> FindReportRowsAsync(IReadOnlyCollection<ReportRowKey> keys, CancellationToken ct = default)
    {
        var result = new Dictionary<ReportRowKey, StoredReportRow>();
        if (keys.Count == 0) return result;
        await using var session = Documents.QuerySession();
        var ids = keys.Distinct().Select(k => ReportRowDocument.KeyOf(k.TemplateId, k.Version, k.Period, k.UnitCode)).ToArray();
        foreach (var document in await session.LoadManyAsync<ReportRowDocument>(ct, ids))
            result[new ReportRowKey(document.TemplateId, document.TemplateVersion, document.Period, document.UnitCode)] = ToRow(document);
        return result;
    }

    public async Task<IReadOnlyList<StoredReportRow>> GetReportRowsAsync(string templateId, int version, string period, string underUnit,
        OrgLevel? level = null, CancellationToken ct = default)
    {
        var prefix = RegionCode.Parse(underUnit).Prefix;
        await using var session = Documents.QuerySession();
        var query = session.Query<ReportRowDocument>()
            .Where(r => r.TemplateId == templateId && r.TemplateVersion == version && r.Period == period && r.UnitCode.StartsWith(prefix));
        if (level is { } l)
        {
            var wanted = (int)l;
            query = query.Where(r => r.Level == wanted);
        }
        var rows = await query.OrderBy(r => r.UnitCode).ToListAsync(ct);
        return rows.Select(ToRow).ToList();
    }

    /// <summary>
    /// Every scope's rows in one round trip (a Marten batched query, one SELECT per scope): a live pass's rollups of a level
    /// read all their children at once, as on SQLite, instead of a round trip per township or county.
    /// </summary>
    public async Task<IReadOnlyDictionary<ReportRowScope, IReadOnlyList<StoredReportRow>>> GetReportRowsAsync(IReadOnlyCollection<ReportRowScope> scopes,
        CancellationToken ct = default)
    {
        var result = new Dictionary<ReportRowScope, IReadOnlyList<StoredReportRow>>();
        if (scopes.Count == 0) return result;
        await using var session = Documents.QuerySession();
        var batch = session.CreateBatchQuery();
        var reads = new List<(ReportRowScope Scope, Task<IReadOnlyList<ReportRowDocument>> Rows)>();
        foreach (var scope in scopes.Distinct())
        {
            var (templateId, version, period, prefix, level) = (scope.TemplateId, scope.Version, scope.Period, RegionCode.Parse(scope.UnderUnit).Prefix, (int)scope.Level);
            reads.Add((scope, batch.Query<ReportRowDocument>()
                .Where(r => r.TemplateId == templateId && r.TemplateVersion == version && r.Period == period && r.UnitCode.StartsWith(prefix) && r.Level == level)
                .OrderBy(r => r.UnitCode).ToList()));
        }
        await batch.Execute(ct);
        foreach (var (scope, rows) in reads) result[scope] = (await rows).Select(ToRow).ToList();
        return result;
    }

    /// <summary>One advisory lock per row in this schema's row space, taken in key order in one round trip (no deadlock between two holders).</summary>
    public Task<IAsyncDisposable> HoldReportRowsAsync(IReadOnlyCollection<ReportRowKey> rows, CancellationToken ct = default) =>
        HoldAsync("""
            SELECT pg_advisory_xact_lock(hashtext(@space), k) FROM (SELECT DISTINCT hashtext(r) AS k FROM unnest(@rows) AS r ORDER BY 1) AS ordered
            """, command =>
        {
            command.Parameters.AddWithValue("space", Schema + ".report_rows");
            command.Parameters.AddWithValue("rows", rows.Select(r => r.Text).ToArray());
        }, ct);

    /// <summary>
    /// Locks ID numbers for a save on another database of the province (<see cref="Shards.ShardedFormHubStore"/>): the
    /// same per-number or whole-space locks as <see cref="IdentityLocks"/>, in a space of their own, kept until disposed.
    /// The per-number locks (an ordinary save) wait at most <see cref="Shards.ImportBusyException.Wait"/>, then refuse
    /// (<see cref="Shards.ImportBusyException"/>): what holds them that long is a load's whole-space lock.
    /// </summary>
    internal async Task<IAsyncDisposable> HoldIdNumbersAcrossShardsAsync(IReadOnlyCollection<string> idNumbers, bool wholeSpace, CancellationToken ct)
    {
        var timeout = wholeSpace ? "0" : ((int)Shards.ImportBusyException.Wait.TotalMilliseconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
        try
        {
            return await HoldIdSpaceAcrossShardsAsync(idNumbers, wholeSpace, timeout, ct);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.OutOfMemory && !wholeSpace && IdentityLocks.PerNumber(idNumbers))
        {
            // The lock table had no room for the per-number locks (see IdentityLocks.Savepoint): the space's one lock
            // instead, waited for as long as an ordinary save waits.
            return await HoldIdSpaceAcrossShardsAsync(idNumbers, wholeSpace: true, timeout, ct);
        }
    }

    private async Task<IAsyncDisposable> HoldIdSpaceAcrossShardsAsync(IReadOnlyCollection<string> idNumbers, bool wholeSpace, string timeout, CancellationToken ct)
    {
        var (sql, keys) = IdentityLocks.For(idNumbers, wholeSpace);
        try
        {
            return await HoldAsync($"SET LOCAL lock_timeout = {timeout}; {sql}", command =>
            {
                command.Parameters.AddWithValue("space", Schema + ".identity.shards");
                if (keys.Length > 0) command.Parameters.AddWithValue("keys", keys);
            }, ct);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.LockNotAvailable)
        {
            throw new Shards.ImportBusyException();
        }
    }

    /// <summary>
    /// Runs the locking statement in a transaction kept open until the hold is disposed. The transaction sits idle while
    /// the caller works, so the server's idle-in-transaction limit, if one is set, must not end it under the caller.
    /// </summary>
    private async Task<IAsyncDisposable> HoldAsync(string sql, Action<NpgsqlCommand> parameters, CancellationToken ct)
    {
        var connection = await DataSource.OpenConnectionAsync(ct);
        try
        {
            var tx = await connection.BeginTransactionAsync(ct);
            await using var command = new NpgsqlCommand("SET LOCAL idle_in_transaction_session_timeout = 0; " + sql, connection, tx);
            parameters(command);
            await command.ExecuteNonQueryAsync(ct);
            return new TransactionHold(connection, tx);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public async Task<UnitReportPeriods> GetReportPeriodsAsync(string unitCode, CancellationToken ct = default)
    {
        await using var session = Documents.QuerySession();
        var rows = await session.Query<ReportRowDocument>().Where(r => r.UnitCode == unitCode)
            .Select(r => new { r.TemplateId, r.TemplateVersion, r.Period }).ToListAsync(ct);
        return UnitReportPeriods.From(rows.Select(r => (r.TemplateId, r.TemplateVersion, r.Period)));
    }

    private static StoredReportRow ToRow(ReportRowDocument r) => new(r.TemplateId, r.TemplateVersion, r.Period, r.UnitCode, r.Level, r.Payload, r.ComputedAt);
}
