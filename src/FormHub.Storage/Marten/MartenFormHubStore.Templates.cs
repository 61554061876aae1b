using FormHub.Storage.Marten.Documents;
using FormHub.Storage.Model;
using FormHub.Storage.Templates;
using Marten;

namespace FormHub.Storage.Marten;

/// <summary>Templates as versioned documents: the template log (numbered by its writers) and the admission decisions.</summary>
public sealed partial class MartenFormHubStore : ITemplateStore
{
    public async Task<long> GetTemplateRevisionAsync(CancellationToken ct = default)
    {
        await using var session = Documents.QuerySession();
        return await TemplateRevisionAsync(session, ct);
    }

    private static Task<long> TemplateRevisionAsync(IQuerySession session, CancellationToken ct) =>
        session.Query<TemplateLogDocument>().OrderByDescending(t => t.Id).Select(t => t.Id).FirstOrDefaultAsync(ct);

    public async Task<IReadOnlyList<TemplateLogEntry>> ReadTemplateLogAsync(CancellationToken ct = default)
    {
        await using var session = Documents.QuerySession();
        var log = await session.Query<TemplateLogDocument>().OrderBy(t => t.Id).ToListAsync(ct);
        return log.Select(t => new TemplateLogEntry(t.Id, t.TemplateId, Enum.Parse<TemplateLogKind>(t.Kind, ignoreCase: true), t.TemplateVersion, t.Yaml,
            t.Period, t.UserName, t.At, t.Note)).ToList();
    }

    public async Task<long> AppendTemplateLogAsync(IReadOnlyList<TemplateLogEntry> entries, long expectedRevision, long? expectedCatalogVersion = null,
        AuditEntry? audit = null, CancellationToken ct = default)
    {
        await using var connection = await DataSource.OpenConnectionAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(ct);
        await LockDefinitionsAsync(connection, tx, ct);
        using var own = ReadReplay.OwnTransaction();
        await using var session = SessionOn(tx);
        var actual = await TemplateRevisionAsync(session, ct);
        if (actual != expectedRevision) throw TemplateConflictException.Moved(expectedRevision, actual);
        if (expectedCatalogVersion is { } expectedCatalog && await NewestCatalogVersionAsync(session, ct) is var catalogVersion && catalogVersion != expectedCatalog)
            throw TemplateConflictException.CatalogMoved(expectedCatalog, catalogVersion);
        var seq = actual;
        foreach (var entry in entries)
        {
            var published = entry.Kind == TemplateLogKind.Published && entry.Version is { } version ? $"{entry.TemplateId}|{version}" : null;
            session.Insert(new TemplateLogDocument(++seq, entry.TemplateId, entry.Kind.ToString().ToLowerInvariant(), entry.Version, entry.Yaml, entry.Period,
                entry.UserName, entry.At.ToUniversalTime(), entry.Note, published));
        }
        if (audit is not null) await AddAuditAsync(session, [audit], ct);
        try
        {
            await session.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
        catch (Exception e) when (IsUniqueViolation(e))
        {
            // Two servers publishing at once (the same number), or a version already published: nothing was written.
            throw TemplateConflictException.Taken();
        }
        return seq;
    }

    public async Task<AdmissionDecision> SaveAdmissionAsync(AdmissionDecision decision, AuditEntry? audit = null, CancellationToken ct = default)
    {
        for (var attempt = 0; ; attempt++)
        {
            await using var session = Documents.LightweightSession();
            var seq = await session.Query<AdmissionDocument>().OrderByDescending(a => a.Id).Select(a => a.Id).FirstOrDefaultAsync(ct) + 1;
            session.Insert(new AdmissionDocument(seq, decision.TemplateId, decision.ContentHash, decision.Verdict.ToString().ToLowerInvariant(),
                decision.MergeInto, decision.Reason, decision.Analysis, decision.UserName, decision.At.ToUniversalTime()));
            if (audit is not null) await AddAuditAsync(session, [audit with { Detail = $"{audit.Detail} (#{seq})" }], ct);
            try
            {
                await session.SaveChangesAsync(ct);
                return decision with { Seq = seq };
            }
            catch (Exception e) when (attempt < 3 && IsWriteConflict(e))
            {
                // Another decision took the number first; decisions do not conflict, so take the next.
            }
        }
    }

    public async Task<IReadOnlyList<AdmissionDecision>> ListAdmissionsAsync(CancellationToken ct = default)
    {
        await using var session = Documents.QuerySession();
        var decisions = await session.Query<AdmissionDocument>().OrderBy(a => a.Id).ToListAsync(ct);
        return decisions.Select(a => new AdmissionDecision(a.Id, a.TemplateId, a.ContentHash, Enum.Parse<AdmissionVerdict>(a.Verdict, ignoreCase: true),
            a.MergeInto, a.Reason, a.Analysis, a.UserName, a.At)).ToList();
    }
}
