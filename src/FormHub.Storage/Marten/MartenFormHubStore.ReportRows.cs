using FormHub.Core.OrgUnits;
using FormHub.Storage.Marten.Documents;
using FormHub.Storage.Model;
using FormHub.Storage.Shared;
using Marten;

namespace FormHub.Storage.Marten;

/// <summary>Materialized report rows as documents, one per template version, period and unit.</summary>
public sealed partial class MartenFormHubStore : IReportRowStore
{
    public async Task SaveReportRowsAsync(IReadOnlyCollection<StoredReportRow> rows, CancellationToken ct = default)
    {
        if (rows.Count == 0) return;
        await using var session = Documents.LightweightSession();
        foreach (var row in rows)
        {
            session.Store(new ReportRowDocument(ReportRowDocument.KeyOf(row.TemplateId, row.Version, row.Period, row.UnitCode), row.TemplateId,
                row.Version, row.Period, row.UnitCode, row.Level, row.Payload, EventHasher.Truncate(row.ComputedAt)));
        }
        await session.SaveChangesAsync(ct);
    }

    public async Task<StoredReportRow?> GetReportRowAsync(string templateId, int version, string period, string unitCode, CancellationToken ct = default)
    {
        await using var session = Documents.QuerySession();
        var row = await session.LoadAsync<ReportRowDocument>(ReportRowDocument.KeyOf(templateId, version, period, unitCode), ct);
        return row is null ? null : ToRow(row);
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

    public async Task<UnitReportPeriods> GetReportPeriodsAsync(string unitCode, CancellationToken ct = default)
    {
        await using var session = Documents.QuerySession();
        var rows = await session.Query<ReportRowDocument>().Where(r => r.UnitCode == unitCode)
            .Select(r => new { r.TemplateId, r.TemplateVersion, r.Period }).ToListAsync(ct);
        return UnitReportPeriods.From(rows.Select(r => (r.TemplateId, r.TemplateVersion, r.Period)));
    }

    private static StoredReportRow ToRow(ReportRowDocument r) => new(r.TemplateId, r.TemplateVersion, r.Period, r.UnitCode, r.Level, r.Payload, r.ComputedAt);
}
