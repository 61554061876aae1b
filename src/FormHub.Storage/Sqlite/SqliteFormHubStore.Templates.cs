using System.Data.Common;
using FormHub.Core.Text;
using FormHub.Storage.Model;
using FormHub.Storage.Templates;

namespace FormHub.Storage.Sqlite;

/// <summary>Templates as versioned documents (<see cref="ITemplateStore"/>): tables <c>template_log</c> and <c>template_admissions</c>.</summary>
public sealed partial class SqliteFormHubStore
{
    private const string TemplateLogColumns = "seq, template_id, kind, version, yaml, period, user_name, at, note";
    private const string AdmissionColumns = "seq, template_id, content_hash, verdict, merge_into, reason, analysis, user_name, at";

    // Kept here rather than in the schema list so the templates' storage is one file. Sequence numbers are given by the writer, not by
    // an identity column: the log's revision must be exactly its highest number.
    private async Task CreateTemplateTablesAsync(DbConnection connection, CancellationToken ct)
    {
        string[] statements =
        [
            $"""
            CREATE TABLE IF NOT EXISTS template_log (
                seq bigint PRIMARY KEY, template_id text NOT NULL, kind text NOT NULL, version int, yaml text, period text,
                user_name text NOT NULL, at text NOT NULL, note text)
            """,
            $"CREATE UNIQUE INDEX IF NOT EXISTS ux_template_versions ON template_log (template_id, version) WHERE kind = 'published'",
            $"""
            CREATE TABLE IF NOT EXISTS template_admissions (
                seq bigint PRIMARY KEY, template_id text NOT NULL, content_hash text NOT NULL, verdict text NOT NULL, merge_into text,
                reason text NOT NULL, analysis text NOT NULL, user_name text NOT NULL, at text NOT NULL)
            """,
        ];
        foreach (var statement in statements)
        {
            await using var command = connection.Command(statement);
            await command.ExecuteNonQueryAsync(ct);
        }
    }

    public async Task<long> GetTemplateRevisionAsync(CancellationToken ct = default)
    {
        await using var connection = await OpenAsync(ct);
        return await RevisionAsync(connection, null, ct);
    }

    private async Task<long> RevisionAsync(DbConnection connection, DbTransaction? tx, CancellationToken ct)
    {
        await using var command = connection.Command($"SELECT COALESCE(MAX(seq), 0) FROM template_log", tx);
        return await command.ScalarLongAsync(ct);
    }

    public async Task<IReadOnlyList<TemplateLogEntry>> ReadTemplateLogAsync(CancellationToken ct = default)
    {
        await using var connection = await OpenAsync(ct);
        await using var command = connection.Command($"SELECT {TemplateLogColumns} FROM template_log ORDER BY seq");
        await using var r = await command.ExecuteReaderAsync(ct);
        var entries = new List<TemplateLogEntry>();
        while (await r.ReadAsync(ct))
        {
            entries.Add(new TemplateLogEntry(r.GetInt64(0), r.GetString(1), Enum.Parse<TemplateLogKind>(r.GetString(2), ignoreCase: true),
                r.IsDBNull(3) ? null : r.GetInt32(3), r.IsDBNull(4) ? null : r.GetString(4), r.IsDBNull(5) ? null : r.GetString(5),
                r.GetString(6), ReadTime(r, 7)!.Value, r.IsDBNull(8) ? null : r.GetString(8)));
        }
        return entries;
    }

    public async Task<long> AppendTemplateLogAsync(IReadOnlyList<TemplateLogEntry> entries, long expectedRevision, long? expectedCatalogVersion = null,
        AuditEntry? audit = null, CancellationToken ct = default)
    {
        await using var connection = await OpenAsync(ct);
        await using var tx = await BeginWriteAsync(connection, ct);
        var actual = await RevisionAsync(connection, tx, ct);
        if (actual != expectedRevision) throw TemplateConflictException.Moved(expectedRevision, actual);
        if (expectedCatalogVersion is { } expectedCatalog)
        {
            await using var newest = connection.Command($"SELECT COALESCE(MAX(version), 0) FROM catalog_versions", tx);
            if (await newest.ScalarLongAsync(ct) is var catalogVersion && catalogVersion != expectedCatalog)
                throw TemplateConflictException.CatalogMoved(expectedCatalog, catalogVersion);
        }
        var seq = actual;
        try
        {
            foreach (var entry in entries)
            {
                await using var command = connection.Command(
                    $"INSERT INTO template_log ({TemplateLogColumns}) VALUES (@seq, @id, @kind, @version, @yaml, @period, @user, @at, @note)", tx)
                    .With("@seq", ++seq).With("@id", entry.TemplateId).With("@kind", entry.Kind.ToString().ToLowerInvariant())
                    .With("@version", entry.Version).With("@yaml", entry.Yaml).With("@period", entry.Period).With("@user", entry.UserName)
                    .With("@at", Time(entry.At)).With("@note", entry.Note);
                await command.ExecuteNonQueryAsync(ct);
            }
            if (audit is not null) await InsertAuditAsync(connection, tx, audit, ct);
            await tx.CommitAsync(ct);
        }
        catch (DbException e) when (!e.IsTransient)
        {
            // Two servers publishing at once (the same seq), or a version already there: PRIMARY KEY / unique index.
            await tx.RollbackAsync(CancellationToken.None);
            throw TemplateConflictException.Taken();
        }
        return seq;
    }

    public async Task<AdmissionDecision> SaveAdmissionAsync(AdmissionDecision decision, AuditEntry? audit = null, CancellationToken ct = default)
    {
        for (var attempt = 0; ; attempt++)
        {
            await using var connection = await OpenAsync(ct);
            await using var tx = await BeginWriteAsync(connection, ct);
            long seq;
            await using (var max = connection.Command($"SELECT COALESCE(MAX(seq), 0) FROM template_admissions", tx))
                seq = await max.ScalarLongAsync(ct) + 1;
            try
            {
                await using var command = connection.Command(
                    $"""
                    INSERT INTO template_admissions ({AdmissionColumns})
                    VALUES (@seq, @id, @hash, @verdict, @merge, @reason, @analysis, @user, @at)
                    """, tx)
                    .With("@seq", seq).With("@id", decision.TemplateId).With("@hash", decision.ContentHash)
                    .With("@verdict", decision.Verdict.ToString().ToLowerInvariant()).With("@merge", decision.MergeInto).With("@reason", decision.Reason)
                    .With("@analysis", decision.Analysis).With("@user", decision.UserName).With("@at", Time(decision.At));
                await command.ExecuteNonQueryAsync(ct);
                if (audit is not null) await InsertAuditAsync(connection, tx, audit with { Detail = $"{audit.Detail} (#{seq})" }, ct);
                await tx.CommitAsync(ct);
                return decision with { Seq = seq };
            }
            catch (DbException e) when (!e.IsTransient && attempt < 3)
            {
                // Another decision took the number first; decisions do not conflict, so take the next.
                await tx.RollbackAsync(CancellationToken.None);
            }
        }
    }

    public async Task<IReadOnlyList<AdmissionDecision>> ListAdmissionsAsync(CancellationToken ct = default)
    {
        await using var connection = await OpenAsync(ct);
        await using var command = connection.Command($"SELECT {AdmissionColumns} FROM template_admissions ORDER BY seq");
        await using var r = await command.ExecuteReaderAsync(ct);
        var decisions = new List<AdmissionDecision>();
        while (await r.ReadAsync(ct))
        {
            decisions.Add(new AdmissionDecision(r.GetInt64(0), r.GetString(1), r.GetString(2), Enum.Parse<AdmissionVerdict>(r.GetString(3), ignoreCase: true),
                r.IsDBNull(4) ? null : r.GetString(4), r.GetString(5), r.GetString(6), r.GetString(7), ReadTime(r, 8)!.Value));
        }
        return decisions;
    }
}
