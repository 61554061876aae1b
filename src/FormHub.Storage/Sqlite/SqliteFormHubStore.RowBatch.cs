using System.Text.Json;
using FormHub.Core.OrgUnits;
using FormHub.Storage.Model;

namespace FormHub.Storage.Sqlite;

/// <summary>
/// The rows a live pass's rollups of one level read (each township's villages, each county's townships, per template),
/// one statement for all of them instead of one per unit and template: the scopes go in as one JSON array (json_each), so
/// the statement's text is the same whatever their number. Each scope is looked up by the primary key (county, template,
/// version, period, then the unit codes from the scope's prefix on).
/// </summary>
public sealed partial class SqliteFormHubStore
{
    /// <summary>The rows of many scopes (@scopes: a JSON array of [index, county, template, version, period, unit from, unit to, level]).</summary>
    internal const string RowScopesQuery =
        $"""
        SELECT {ReportRowColumns}, s FROM (
          SELECT json_extract(value, '$[0]') AS s, json_extract(value, '$[1]') AS c, json_extract(value, '$[2]') AS t,
                 json_extract(value, '$[3]') AS v, json_extract(value, '$[4]') AS p, json_extract(value, '$[5]') AS lo,
                 json_extract(value, '$[6]') AS hi, json_extract(value, '$[7]') AS l
          FROM json_each(@scopes)) AS q
        CROSS JOIN report_rows AS r
        WHERE r.county_code = q.c AND r.template_id = q.t AND r.version = q.v AND r.period = q.p
          AND r.unit_code >= q.lo AND r.unit_code < q.hi AND r.level = q.l
        ORDER BY s, r.unit_code
        """;

    public async Task<IReadOnlyDictionary<ReportRowScope, IReadOnlyList<StoredReportRow>>> GetReportRowsAsync(IReadOnlyCollection<ReportRowScope> scopes,
        CancellationToken ct = default)
    {
        var asked = scopes.Distinct().ToList();
        var rows = asked.Select(_ => new List<StoredReportRow>()).ToList();
        var result = new Dictionary<ReportRowScope, IReadOnlyList<StoredReportRow>>(asked.Count);
        for (var i = 0; i < asked.Count; i++) result[asked[i]] = rows[i];
        // Units above a county (a city, the province) span counties: read as one scope each, as before.
        var batched = new List<int>();
        for (var i = 0; i < asked.Count; i++)
        {
            if (RegionCode.Parse(asked[i].UnderUnit).Level >= OrgLevel.County) batched.Add(i);
            else rows[i].AddRange(await GetReportRowsAsync(asked[i].TemplateId, asked[i].Version, asked[i].Period, asked[i].UnderUnit, asked[i].Level, ct));
        }
        if (batched.Count == 0) return result;
        var json = JsonSerializer.Serialize(batched.Select(i =>
        {
            var (template, version, period, under, level) = asked[i];
            var unit = RegionCode.Parse(under);
            return new object[] { i, unit.CountyCode, template, version, period, unit.Prefix, DbCommandExtensions.PrefixEnd(unit.Prefix), (int)level };
        }));
        await using var connection = await OpenAsync(ct);
        // The range on unit_code is the single read's LIKE prefix, in a form the primary key's last column can seek on.
        await using var command = connection.Command(RowScopesQuery)
            .With("@scopes", json);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) rows[reader.GetInt32(7)].Add(ReadReportRow(reader));
        return result;
    }
}
