using FormHub.Core.OrgUnits;
using FormHub.Storage.Marten.Documents;
using FormHub.Storage.Model;
using Marten;

namespace FormHub.Storage.Marten;

public sealed partial class MartenFormHubStore
{
    /// <summary>
    /// One read for every period, without the payloads: the row documents' duplicated columns select the rows (template,
    /// period, unit prefix, level) and only the stamp's fields are projected out of them. The periods are matched as a set
    /// and the version of each checked here, which the few versions a template has in force make cheap.
    /// </summary>
    public async Task<IReadOnlyList<ReportRowStamp>> GetReportRowStampsAsync(string templateId, IReadOnlyCollection<(int Version, string Period)> periods,
        string underUnit, OrgLevel level, CancellationToken ct = default)
    {
        var wanted = periods.ToHashSet();
        if (wanted.Count == 0) return [];
        var prefix = RegionCode.Parse(underUnit).Prefix;
        var periodKeys = wanted.Select(w => w.Period).Distinct().ToArray();
        var versions = wanted.Select(w => w.Version).Distinct().ToArray();
        var levelValue = (int)level;
        await using var session = Documents.QuerySession();
        var rows = await session.Query<ReportRowDocument>()
            .Where(r => r.TemplateId == templateId && r.Period.IsOneOf(periodKeys) && r.TemplateVersion.IsOneOf(versions)
                && r.UnitCode.StartsWith(prefix) && r.Level == levelValue)
            .Select(r => new { r.TemplateVersion, r.Period, r.UnitCode, r.ComputedAt })
            .ToListAsync(ct);
        return rows.Where(r => wanted.Contains((r.TemplateVersion, r.Period)))
            .Select(r => new ReportRowStamp(r.TemplateVersion, r.Period, r.UnitCode, r.ComputedAt)).ToList();
    }
}
