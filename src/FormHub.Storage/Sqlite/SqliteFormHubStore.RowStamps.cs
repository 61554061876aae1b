using FormHub.Core.OrgUnits;
using FormHub.Storage.Model;

namespace FormHub.Storage.Sqlite;

public sealed partial class SqliteFormHubStore
{
    /// <summary>One read for every period, without the payloads: each period is a lookup of the primary key's prefix.</summary>
    public async Task<IReadOnlyList<ReportRowStamp>> GetReportRowStampsAsync(string templateId, IReadOnlyCollection<(int Version, string Period)> periods,
        string underUnit, OrgLevel level, CancellationToken ct = default)
    {
        var wanted = periods.Distinct().ToList();
        if (wanted.Count == 0) return [];
        var unit = RegionCode.Parse(underUnit);
        // Rows are keyed by their county: a unit within one reads its county's part of the key only.
        var county = unit.Level >= OrgLevel.County;
        await using var connection = await OpenAsync(ct);
        var terms = string.Join(" OR ", wanted.Select((_, i) => $"(version = @v{i} AND period = @p{i})"));
        await using var command = connection.Command(
            $"""
            SELECT version, period, unit_code, computed_at FROM report_rows
            WHERE {(county ? "county_code = @county AND " : "")}template_id = @template AND ({terms}) AND unit_code >= @prefix AND unit_code < @prefixEnd AND level = @level
            """)
            .With("@template", templateId).WithPrefix(unit.Prefix).With("@level", (int)level);
        if (county) command.With("@county", unit.CountyCode);
        for (var i = 0; i < wanted.Count; i++) command.With($"@v{i}", wanted[i].Version).With($"@p{i}", wanted[i].Period);
        var stamps = new List<ReportRowStamp>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            stamps.Add(new ReportRowStamp(reader.GetInt32(0), reader.GetString(1), reader.GetString(2), reader.GetFieldValue<DateTimeOffset>(3)));
        return stamps;
    }
}
