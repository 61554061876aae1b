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
        // A correction asked for but not yet granted leaves the month approved and frozen.
        int[] closed = [(int)SubmissionStatus.Submitted, (int)SubmissionStatus.Approved, (int)SubmissionStatus.RevisionRequested];
        // Every save asks this (the frozen-month check): plain SQL over the duplicated columns, not a LINQ query parsed each time.
        await using var connection = await DataSource.OpenConnectionAsync(ct);
        await using var command = new NpgsqlCommand(
            $"SELECT data FROM {T("mt_doc_submissions")} WHERE village_code = @village AND period >= @from AND CAST(data ->> 'status' AS int) = ANY(@closed) ORDER BY period",
            connection);
        command.Parameters.AddWithValue("village", villageCode);
        command.Parameters.AddWithValue("from", fromMonth);
        command.Parameters.AddWithValue("closed", closed);
        var serializer = _documents.Options.Serializer();
        var found = new List<Submission>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) found.Add(ToSubmission(serializer.FromJson<SubmissionDocument>(reader, 0)));
        return found;
    }

    public Task<Submission> SaveSubmissionAsync(Submission next, long expectedVersion, AuditEntry audit, CancellationToken ct = default) =>
        WriteAsync(async session =>
        {
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
        }, ct);

    public Task AppendAuditAsync(AuditEntry entry, CancellationToken ct = default) => WriteAsync(session => AddAuditAsync(session, [entry], ct), ct);

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
