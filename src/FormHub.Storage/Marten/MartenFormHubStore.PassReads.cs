using FormHub.Storage.Marten.Documents;
using FormHub.Storage.Model;
using Marten;

namespace FormHub.Storage.Marten;

/// <summary>The live materializer's reads for a whole pass of villages, one query each instead of one per village.</summary>
public sealed partial class MartenFormHubStore
{
    public async Task<IReadOnlyDictionary<string, UnitReportPeriods>> GetReportPeriodsAsync(IReadOnlyCollection<string> unitCodes,
        IReadOnlyDictionary<string, string>? since = null, CancellationToken ct = default)
    {
        var units = unitCodes.Distinct(StringComparer.Ordinal).ToArray();
        if (units.Length == 0) return new Dictionary<string, UnitReportPeriods>(StringComparer.Ordinal);
        await using var session = Documents.QuerySession();
        // The bound's templates narrow the query; each one's own period bound is applied to the rows read.
        var templates = since?.Keys.ToArray();
        var query = session.Query<ReportRowDocument>().Where(r => units.Contains(r.UnitCode));
        if (templates is not null) query = query.Where(r => templates.Contains(r.TemplateId));
        var rows = await query
            .Select(r => new { r.UnitCode, r.TemplateId, r.TemplateVersion, r.Period }).ToListAsync(ct);
        var byUnit = rows.ToLookup(r => r.UnitCode, StringComparer.Ordinal);
        return units.ToDictionary(u => u, u => UnitReportPeriods.From(byUnit[u].Select(r => (r.TemplateId, r.TemplateVersion, r.Period))).Since(since), StringComparer.Ordinal);
    }

    public async Task<IReadOnlyDictionary<(string VillageCode, string Period), Submission>> GetSubmissionsAsync(
        IReadOnlyCollection<(string VillageCode, string Period)> keys, CancellationToken ct = default)
    {
        var result = new Dictionary<(string VillageCode, string Period), Submission>();
        foreach (var key in keys) result.TryAdd(key, Submission.NewDraft(key.VillageCode, key.Period));
        if (result.Count == 0) return result;
        await using var session = Documents.QuerySession();
        var stored = await session.LoadManyAsync<SubmissionDocument>(ct, result.Keys.Select(k => SubmissionDocument.KeyOf(k.VillageCode, k.Period)));
        foreach (var document in stored) result[(document.VillageCode, document.Period)] = ToSubmission(document);
        return result;
    }
}
