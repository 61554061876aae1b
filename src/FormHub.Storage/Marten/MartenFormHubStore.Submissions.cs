using FormHub.Core.OrgUnits;
using FormHub.Storage.Errors;
using FormHub.Storage.Marten.Documents;
using FormHub.Storage.Model;
using Marten;
using Npgsql;

namespace FormHub.Storage.Marten;

/// <summary>Submissions per village and period, moved by their version with their audit line in the same transaction, and the audit trail.</summary>
public sealed partial class MartenFormHubStore : ISubmissionStore
{
    public async Task<Submission> GetSubmissionAsync(string villageCode, string period, CancellationToken ct = default)
    {
        await using var session = Documents.QuerySession();
        return await session.LoadAsync<SubmissionDocument>(SubmissionDocument.KeyOf(villageCode, period), ct) is { } stored
            ? ToSubmission(stored)
            : Submission.NewDraft(villageCode, period);
    }

    public async Task<IReadOnlyList<Submission>> ListSubmissionsAsync(string underUnit, string period, CancellationToken ct = default)
    {
        var prefix = RegionCode.Parse(underUnit).Prefix;
        await using var session = Documents.QuerySession();
        var stored = await session.Query<SubmissionDocument>().Where(s => s.VillageCode.StartsWith(prefix) && s.Period == period)
            .OrderBy(s => s.VillageCode).ToListAsync(ct);
        return stored.Select(ToSubmission).ToList();
    }

    public async Task<IReadOnlyList<Submission>> ListClosedSubmissionsAsync(string villageCode, string fromMonth, CancellationToken ct = default)
    {
        // Every save asks this (the frozen-month check): plain SQL over the duplicated columns, not a LINQ query parsed each time.
        await using var connection = await DataSource.OpenConnectionAsync(ct);
        await using var command = new NpgsqlCommand(ClosedSubmissionsSql, connection);
        AddClosedSubmissionsParameters(command.Parameters, villageCode, fromMonth);
        await using var reader = await command.ExecuteReaderAsync(ct);
        return await ReadClosedSubmissionsAsync(reader, ct);
    }

    /// <summary>A village's closed months from a month on (<see cref="ListClosedSubmissionsAsync"/>): parameters $1 village, $2 month, $3 statuses.</summary>
    internal string ClosedSubmissionsSql =>
        $"SELECT data FROM {T("mt_doc_submissions")} WHERE village_code = $1 AND period >= $2 AND CAST(data ->> 'status' AS int) = ANY($3) ORDER BY period";

    internal static void AddClosedSubmissionsParameters(NpgsqlParameterCollection parameters, string villageCode, string fromMonth)
    {
        parameters.Add(new NpgsqlParameter { Value = villageCode });
        parameters.Add(new NpgsqlParameter { Value = fromMonth });
        // A correction asked for but not yet granted leaves the month approved and frozen.
        parameters.Add(new NpgsqlParameter { Value = new[] { (int)SubmissionStatus.Submitted, (int)SubmissionStatus.Approved, (int)SubmissionStatus.RevisionRequested } });
    }

    /// <summary>The rows of <see cref="ClosedSubmissionsSql"/>, from the reader's current result.</summary>
    internal async Task<IReadOnlyList<Submission>> ReadClosedSubmissionsAsync(NpgsqlDataReader reader, CancellationToken ct)
    {
        var serializer = _documents.Options.Serializer();
        var found = new List<Submission>();
        while (await reader.ReadAsync(ct)) found.Add(ToSubmission(serializer.FromJson<SubmissionDocument>(reader, 0)));
        return found;
    }

    // Under the county's filings lock, shared: submissions do not wait for each other, only for a county setting's check.
    public Task<Submission> SaveSubmissionAsync(Submission next, long expectedVersion, AuditEntry audit, CancellationToken ct = default) =>
        SaveGuardedAsync(next, expectedVersion, audit, guard: null, ct);

    public Task<Submission> SaveSubmissionAsync(Submission next, long expectedVersion, AuditEntry audit, AuditGuard guard, CancellationToken ct = default) =>
        SaveGuardedAsync(next, expectedVersion, audit, guard, ct);

    public async Task<AuditEntry?> NewestSettingLineAsync(string action, string unitCode, CancellationToken ct = default)
    {
        await using var session = Documents.QuerySession();
        var newest = await session.Query<AuditDocument>().Where(a => a.Action == action && a.UnitCode == unitCode)
            .OrderByDescending(a => a.Id).FirstOrDefaultAsync(ct);
        return newest is null ? null : ToAuditEntry(newest);
    }

    private Task<Submission> SaveGuardedAsync(Submission next, long expectedVersion, AuditEntry audit, AuditGuard? guard, CancellationToken ct) =>
        // A month closing also takes the village's chain lock (after the filings lock; saves never take that one, so no
        // cycle): it waits for the village's save in flight, which holds it from before it reads the closed months to its
        // commit, and a save starting meanwhile reads the month closed. No save commits into a month closed after its check.
        WriteUnderFilingsLockAsync(RegionCode.Parse(next.VillageCode).CountyCode, exclusive: false, async session =>
        {
            if (guard is not null)
            {
                // Under the filings lock: a county setting appended meanwhile has committed, and is read here.
                var actualSeq = await session.Query<AuditDocument>().Where(a => a.Action == guard.Action && a.UnitCode == guard.UnitCode)
                    .OrderByDescending(a => a.Id).Select(a => a.Id).FirstOrDefaultAsync(ct);
                if (actualSeq != guard.NewestSeq) throw new AuditGuardException(guard, actualSeq);
            }
            var key = SubmissionDocument.KeyOf(next.VillageCode, next.Period);
            var stored = await session.LoadAsync<SubmissionDocument>(key, ct);
            var actual = stored?.StateVersion ?? 0;
            if (actual != expectedVersion) throw new SubmissionConflictException(next.VillageCode, next.Period, expectedVersion, actual);

            // Another reviewer committing meanwhile fails this commit's concurrency check; read again, this throws above.
            var saved = next with { Version = actual + 1 };
            var document = new SubmissionDocument(key, saved.VillageCode, saved.Period, (int)saved.Status, saved.Revision, saved.Version, saved.Comment,
                saved.UpdatedBy, saved.UpdatedAt?.ToUniversalTime(), saved.SubmittedAt?.ToUniversalTime(), saved.ApprovedAt?.ToUniversalTime());
            if (stored is null) session.Insert(document);
            else session.Store(document);
            await AddAuditAsync(session, [audit], ct);
            return saved;
        }, ct, chainOf: next.IsOpen ? null : next.VillageCode);

    /// <summary>The advisory lock key of a village's event chain (hashed by <c>hashtext</c>), held by its saves to their commit.</summary>
    internal string ChainLockKey(string villageCode) => Schema + ".chain." + villageCode;

    /// <summary>
    /// One statement, numbered from the audit sequence inside it: a line on its own (every roster page a cadre reads writes
    /// one, 个人信息 views) is one round trip, where a document session took three (the number, the insert, the commit).
    /// The document is the one <see cref="AddAuditAsync"/> writes, its id set from the number.
    /// </summary>
    public async Task AppendAuditAsync(AuditEntry entry, CancellationToken ct = default)
    {
        var document = new AuditDocument(0, entry.At.ToUniversalTime(), entry.User, entry.Action, entry.UnitCode, entry.Period, entry.Detail);
        await using var connection = await DataSource.OpenConnectionAsync(ct);
        await using var command = new NpgsqlCommand(
            $"""
            WITH n AS (SELECT nextval('"{Schema.Replace("\"", "\"\"")}".{AuditSequence}') AS id)
            INSERT INTO {T("mt_doc_audit_log")} (id, data, mt_version, mt_dotnet_type, mt_last_modified, unit_code, period, action, user_name)
            SELECT n.id, jsonb_set(CAST(@data AS jsonb), ARRAY['id'], to_jsonb(n.id)), @version, @type, transaction_timestamp(), @unit, @period, @action, @user FROM n
            """, connection);
        command.Parameters.AddWithValue("data", _documents.Options.Serializer().ToJson(document));
        command.Parameters.AddWithValue("version", Guid.NewGuid());
        command.Parameters.AddWithValue("type", typeof(AuditDocument).FullName!);
        command.Parameters.Add(new NpgsqlParameter<string?>("unit", NpgsqlTypes.NpgsqlDbType.Varchar) { TypedValue = entry.UnitCode });
        command.Parameters.Add(new NpgsqlParameter<string?>("period", NpgsqlTypes.NpgsqlDbType.Varchar) { TypedValue = entry.Period });
        command.Parameters.Add(new NpgsqlParameter<string?>("action", NpgsqlTypes.NpgsqlDbType.Varchar) { TypedValue = entry.Action });
        command.Parameters.Add(new NpgsqlParameter<string?>("user", NpgsqlTypes.NpgsqlDbType.Varchar) { TypedValue = entry.User });
        await command.ExecuteNonQueryAsync(ct);
    }

    public Task<IReadOnlyList<Submission>> AppendAuditUnlessFiledAsync(AuditEntry line, IReadOnlyList<string> unfiledMonths, CancellationToken ct = default)
    {
        var county = RegionCode.Parse(line.UnitCode ?? throw new ArgumentException("A county's setting line names the county.", nameof(line))).CountyCode;
        var prefix = RegionCode.Parse(county).Prefix;
        var months = unfiledMonths.ToArray();
        var draft = (int)SubmissionStatus.Draft;
        // Exclusive: every submission of the county that began before has committed, and every later one waits for this commit.
        return WriteUnderFilingsLockAsync(county, exclusive: true, async session =>
        {
            var filed = months.Length == 0 ? [] : await session.Query<SubmissionDocument>()
                .Where(s => s.VillageCode.StartsWith(prefix) && months.Contains(s.Period) && s.Status != draft).ToListAsync(ct);
            if (filed.Count > 0)
                return (IReadOnlyList<Submission>)filed.Select(ToSubmission)
                    .OrderByDescending(s => s.Period, StringComparer.Ordinal).ThenBy(s => s.VillageCode, StringComparer.Ordinal).ToList();
            await AddAuditAsync(session, [line], ct);
            return [];
        }, ct);
    }

    /// <summary>
    /// A write in its own transaction holding the county's filings lock until it commits (as <see cref="WriteAsync{T}"/>
    /// otherwise: decided again when another writer committed first). A county setting that rests on what has been filed
    /// takes it exclusively; a submission takes it shared. <paramref name="chainOf"/>: a village whose chain lock is taken
    /// after it, in the same round trip (a month closing).
    /// </summary>
    private async Task<T> WriteUnderFilingsLockAsync<T>(string county, bool exclusive, Func<IDocumentSession, Task<T>> write, CancellationToken ct,
        string? chainOf = null)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var connection = await DataSource.OpenConnectionAsync(ct);
            await using var tx = await connection.BeginTransactionAsync(ct);
            var filings = exclusive ? "SELECT pg_advisory_xact_lock(hashtext(@lock))" : "SELECT pg_advisory_xact_lock_shared(hashtext(@lock))";
            await using (var command = new NpgsqlCommand(chainOf is null ? filings : filings + "; SELECT pg_advisory_xact_lock(hashtext(@chain))", connection, tx))
            {
                command.Parameters.AddWithValue("lock", Schema + ".filings." + county);
                if (chainOf is not null) command.Parameters.AddWithValue("chain", ChainLockKey(chainOf));
                await command.ExecuteNonQueryAsync(ct);
            }
            using var own = ReadReplay.OwnTransaction();
            await using var session = SessionOn(tx);
            try
            {
                var result = await write(session);
                await session.SaveChangesAsync(ct);
                await tx.CommitAsync(ct);
                return result;
            }
            catch (Exception e) when (attempt < 8 && IsWriteConflict(e))
            {
                // Decided on what another writer has changed since: decide again on what is stored now.
            }
        }
    }

    public async Task<IReadOnlyList<AuditEntry>> ListAuditAsync(string? underUnit, string? period = null, int take = 100, CancellationToken ct = default)
    {
        await using var session = Documents.QuerySession();
        var query = session.Query<AuditDocument>().AsQueryable();
        if (underUnit is not null)
        {
            var prefix = RegionCode.Parse(underUnit).Prefix;
            query = query.Where(a => a.UnitCode != null && a.UnitCode.StartsWith(prefix));
        }
        if (period is not null) query = query.Where(a => a.Period == period);
        var lines = await query.OrderByDescending(a => a.Id).Take(take).ToListAsync(ct);
        return lines.Select(ToAuditEntry).ToList();
    }

    private static Submission ToSubmission(SubmissionDocument s) => new(s.VillageCode, s.Period, (SubmissionStatus)s.Status, s.Revision, s.StateVersion,
        s.Comment, s.UpdatedBy, s.UpdatedAt, s.SubmittedAt, s.ApprovedAt);
}
