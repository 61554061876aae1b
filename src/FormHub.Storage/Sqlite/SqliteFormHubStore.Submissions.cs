using System.Data.Common;
using FormHub.Core.OrgUnits;
using FormHub.Storage.Errors;
using FormHub.Storage.Model;

namespace FormHub.Storage.Sqlite;

public sealed partial class SqliteFormHubStore
{
    private const string SubmissionColumns =
        "village_code, period, status, revision, version, comment, updated_by, updated_at, submitted_at, approved_at";

    public async Task<Submission> GetSubmissionAsync(string villageCode, string period, CancellationToken ct = default)
    {
        await using var connection = await OpenAsync(ct);
        return await ReadSubmissionAsync(connection, null, villageCode, period, ct) ?? Submission.NewDraft(villageCode, period);
    }

    public async Task<IReadOnlyList<Submission>> ListSubmissionsAsync(string underUnit, string period, CancellationToken ct = default)
    {
        await using var connection = await OpenAsync(ct);
        await using var command = connection.Command(
            $"SELECT {SubmissionColumns} FROM submissions WHERE village_code >= @prefix AND village_code < @prefixEnd AND period = @period ORDER BY village_code")
            .WithPrefix(RegionCode.Parse(underUnit).Prefix).With("@period", period);
        var result = new List<Submission>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) result.Add(ReadSubmission(reader));
        return result;
    }

    public async Task<IReadOnlyList<Submission>> ListClosedSubmissionsAsync(string villageCode, string fromMonth, CancellationToken ct = default)
    {
        await using var connection = await OpenAsync(ct);
        return await ListClosedSubmissionsAsync(connection, null, villageCode, fromMonth, ct);
    }

    /// <summary>The same on <paramref name="connection"/> (a save's transaction: <paramref name="tx"/>).</summary>
    internal async Task<IReadOnlyList<Submission>> ListClosedSubmissionsAsync(DbConnection connection, DbTransaction? tx, string villageCode, string fromMonth,
        CancellationToken ct)
    {
        await using var command = connection.Command(
            $"SELECT {SubmissionColumns} FROM submissions WHERE county_code = @county AND village_code = @village AND period >= @from AND status IN (@submitted, @approved, @revision) ORDER BY period", tx)
            .With("@county", RegionCode.Parse(villageCode).CountyCode).With("@village", villageCode).With("@from", fromMonth)
            .With("@submitted", (int)SubmissionStatus.Submitted).With("@approved", (int)SubmissionStatus.Approved)
            // A correction asked for but not yet granted leaves the month approved and frozen.
            .With("@revision", (int)SubmissionStatus.RevisionRequested);
        var result = new List<Submission>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) result.Add(ReadSubmission(reader));
        return result;
    }

    public Task<Submission> SaveSubmissionAsync(Submission next, long expectedVersion, AuditEntry audit, CancellationToken ct = default) =>
        SaveGuardedAsync(next, expectedVersion, audit, guard: null, ct);

    public Task<Submission> SaveSubmissionAsync(Submission next, long expectedVersion, AuditEntry audit, AuditGuard guard, CancellationToken ct = default) =>
        SaveGuardedAsync(next, expectedVersion, audit, guard, ct);

    public async Task<AuditEntry?> NewestSettingLineAsync(string action, string unitCode, CancellationToken ct = default)
    {
        await using var connection = await OpenAsync(ct);
        await using var command = connection.Command(
            "SELECT seq, at, user_name, action, unit_code, period, detail FROM audit_log WHERE action = @action AND unit_code = @unit ORDER BY seq DESC LIMIT 1")
            .With("@action", action).With("@unit", unitCode);
        return (await ReadAuditAsync(command, ct)).FirstOrDefault();
    }

    private async Task<Submission> SaveGuardedAsync(Submission next, long expectedVersion, AuditEntry audit, AuditGuard? guard, CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        await using var tx = await BeginWriteAsync(connection, ct);
        if (guard is not null)
        {
            await using var newest = connection.Command(
                "SELECT COALESCE(MAX(seq), 0) FROM audit_log WHERE action = @action AND unit_code = @unit", tx)
                .With("@action", guard.Action).With("@unit", guard.UnitCode);
            if (await newest.ScalarLongAsync(ct) is var actualSeq && actualSeq != guard.NewestSeq) throw new AuditGuardException(guard, actualSeq);
        }
        var current = await ReadSubmissionAsync(connection, tx, next.VillageCode, next.Period, ct);
        var actual = current?.Version ?? 0;
        if (actual != expectedVersion) throw new SubmissionConflictException(next.VillageCode, next.Period, expectedVersion, actual);

        var saved = next with { Version = actual + 1 };
        // The write checks the version again: if two reviewers' reads of version n ever overlapped, the second must
        // change nothing rather than overwrite the first (SQLite's one writer already keeps them apart).
        await using (var command = connection.Command(
            $"""
            INSERT INTO submissions AS s (county_code, {SubmissionColumns})
            VALUES (@county, @village, @period, @status, @revision, @version, @comment, @by, @at, @submitted, @approved)
            ON CONFLICT (county_code, village_code, period) DO UPDATE SET status = excluded.status, revision = excluded.revision,
                version = excluded.version, comment = excluded.comment, updated_by = excluded.updated_by,
                updated_at = excluded.updated_at, submitted_at = excluded.submitted_at, approved_at = excluded.approved_at
            WHERE s.version = @expected
            """, tx))
        {
            command.With("@county", RegionCode.Parse(saved.VillageCode).CountyCode).With("@village", saved.VillageCode)
                .With("@period", saved.Period).With("@status", (int)saved.Status).With("@revision", saved.Revision)
                .With("@version", saved.Version).With("@comment", saved.Comment).With("@by", saved.UpdatedBy)
                .With("@at", saved.UpdatedAt?.ToUniversalTime()).With("@submitted", saved.SubmittedAt?.ToUniversalTime())
                .With("@approved", saved.ApprovedAt?.ToUniversalTime()).With("@expected", actual);
            if (await command.ExecuteNonQueryAsync(ct) == 0)
            {
                await tx.RollbackAsync(CancellationToken.None);
                throw new SubmissionConflictException(next.VillageCode, next.Period, expectedVersion,
                    (await ReadSubmissionAsync(connection, null, next.VillageCode, next.Period, ct))?.Version ?? 0);
            }
        }
        await InsertAuditAsync(connection, tx, audit, ct);
        await tx.CommitAsync(ct);
        return saved;
    }

    public Task AppendAuditAsync(AuditEntry entry, CancellationToken ct = default) =>
        WriteAsync((connection, tx) => InsertAuditAsync(connection, tx, entry, ct), ct);

    public async Task<IReadOnlyList<Submission>> AppendAuditUnlessFiledAsync(AuditEntry line, IReadOnlyList<string> unfiledMonths,
        CancellationToken ct = default)
    {
        var county = RegionCode.Parse(line.UnitCode ?? throw new ArgumentException("A county's setting line names the county.", nameof(line))).CountyCode;
        // One write transaction: SQLite has one writer, so no submission commits between this read and the append.
        await using var connection = await OpenAsync(ct);
        await using var tx = await BeginWriteAsync(connection, ct);
        var filed = new List<Submission>();
        if (unfiledMonths.Count > 0)
        {
            await using var command = connection.Command("", tx).With("@county", county).With("@draft", (int)SubmissionStatus.Draft);
            var months = command.WithList("@m", unfiledMonths);
            command.CommandText =
                $"SELECT {SubmissionColumns} FROM submissions WHERE county_code = @county AND period IN ({months}) AND status <> @draft ORDER BY period DESC, village_code";
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct)) filed.Add(ReadSubmission(reader));
        }
        if (filed.Count > 0)
        {
            await tx.RollbackAsync(CancellationToken.None);
            return filed;
        }
        await InsertAuditAsync(connection, tx, line, ct);
        await tx.CommitAsync(ct);
        return [];
    }

    public async Task<IReadOnlyList<AuditEntry>> ListAuditAsync(string? underUnit, string? period = null, int take = 100, CancellationToken ct = default)
    {
        await using var connection = await OpenAsync(ct);
        var where = new List<string>();
        if (underUnit is not null) where.Add("unit_code >= @prefix AND unit_code < @prefixEnd");
        if (period is not null) where.Add("period = @period");
        await using var command = connection.Command(
            $"""
            SELECT seq, at, user_name, action, unit_code, period, detail FROM audit_log
            {(where.Count == 0 ? "" : "WHERE " + string.Join(" AND ", where))}
            ORDER BY seq DESC LIMIT @take
            """)
            .With("@take", take);
        if (underUnit is not null) command.WithPrefix(RegionCode.Parse(underUnit).Prefix);
        if (period is not null) command.With("@period", period);
        return await ReadAuditAsync(command, ct);
    }

    /// <summary>Reads audit entries selected as <c>seq, at, user_name, action, unit_code, period, detail</c>.</summary>
    private static async Task<IReadOnlyList<AuditEntry>> ReadAuditAsync(DbCommand command, CancellationToken ct)
    {
        var result = new List<AuditEntry>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            result.Add(new AuditEntry(reader.GetInt64(0), reader.GetFieldValue<DateTimeOffset>(1), reader.GetString(2), reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetString(4), reader.IsDBNull(5) ? null : reader.GetString(5),
                reader.IsDBNull(6) ? null : reader.GetString(6)));
        }
        return result;
    }

    internal async Task<int> InsertAuditAsync(DbConnection connection, DbTransaction tx, AuditEntry entry, CancellationToken ct)
    {
        await using var command = connection.Command(
            $"INSERT INTO audit_log (at, user_name, action, unit_code, period, detail) VALUES (@at, @user, @action, @unit, @period, @detail)", tx)
            .With("@at", entry.At.ToUniversalTime()).With("@user", entry.User).With("@action", entry.Action)
            .With("@unit", entry.UnitCode).With("@period", entry.Period).With("@detail", entry.Detail);
        return await command.ExecuteNonQueryAsync(ct);
    }

    private async Task<Submission?> ReadSubmissionAsync(DbConnection connection, DbTransaction? tx, string villageCode, string period, CancellationToken ct)
    {
        await using var command = connection.Command(
            $"SELECT {SubmissionColumns} FROM submissions WHERE county_code = @county AND village_code = @village AND period = @period", tx)
            .With("@county", RegionCode.Parse(villageCode).CountyCode).With("@village", villageCode).With("@period", period);
        await using var reader = await command.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? ReadSubmission(reader) : null;
    }

    private static Submission ReadSubmission(DbDataReader r)
    {
        DateTimeOffset? Time(int i) => r.IsDBNull(i) ? null : r.GetFieldValue<DateTimeOffset>(i);
        return new Submission(r.GetString(0), r.GetString(1), (SubmissionStatus)r.GetInt32(2), r.GetInt32(3), r.GetInt64(4),
            r.IsDBNull(5) ? null : r.GetString(5), r.IsDBNull(6) ? null : r.GetString(6), Time(7), Time(8), Time(9));
    }
}
