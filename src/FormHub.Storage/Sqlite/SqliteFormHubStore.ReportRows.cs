using FormHub.Storage.Shared;
using System.Data.Common;
using FormHub.Core.OrgUnits;
using FormHub.Storage.Model;

namespace FormHub.Storage.Sqlite;

public sealed partial class SqliteFormHubStore
{
    /// <summary>In key order, as on PostgreSQL (one writer at a time here, but the same rows in the same order on every engine).</summary>
    public async Task SaveReportRowsAsync(IReadOnlyCollection<StoredReportRow> rows, CancellationToken ct = default)
    {
        if (rows.Count == 0) return;
        await using var connection = await OpenAsync(ct);
        await using var tx = await BeginWriteAsync(connection, ct);
        await using var command = connection.Command(
            $"""
            INSERT INTO report_rows (county_code, template_id, version, period, unit_code, level, payload, computed_at)
            VALUES (@county, @template, @version, @period, @unit, @level, json(@payload), @computed)
            ON CONFLICT (county_code, template_id, version, period, unit_code)
            DO UPDATE SET payload = excluded.payload, computed_at = excluded.computed_at, level = excluded.level
            """, tx);
        foreach (var name in new[] { "@county", "@template", "@version", "@period", "@unit", "@level", "@payload", "@computed" }) command.With(name, null);
        foreach (var row in rows.OrderBy(r => r.TemplateId, StringComparer.Ordinal).ThenBy(r => r.Version).ThenBy(r => r.Period, StringComparer.Ordinal)
                     .ThenBy(r => r.UnitCode, StringComparer.Ordinal))
        {
            command.Set("@county", RegionCode.Parse(row.UnitCode).CountyCode);
            command.Set("@template", row.TemplateId);
            command.Set("@version", row.Version);
            command.Set("@period", row.Period);
            command.Set("@unit", row.UnitCode);
            command.Set("@level", row.Level);
            command.Set("@payload", row.Payload);
            command.Set("@computed", EventHasher.Truncate(row.ComputedAt));
            await command.ExecuteNonQueryAsync(ct);
        }
        await tx.CommitAsync(ct);
    }

    private readonly KeyedHolds _rowHolds = new();

    /// <summary>Within this process: SQLite has no lock to keep while other connections write, and one server owns its file.</summary>
    public Task<IAsyncDisposable> HoldReportRowsAsync(IReadOnlyCollection<ReportRowKey> rows, CancellationToken ct = default) =>
        _rowHolds.HoldAsync(rows.Select(r => r.Text), ct);

    private const string ReportRowColumns = "template_id, version, period, unit_code, level, payload, computed_at";

    private static StoredReportRow ReadReportRow(DbDataReader r) =>
        new(r.GetString(0), r.GetInt32(1), r.GetString(2), r.GetString(3), r.GetInt32(4), r.GetString(5), r.GetFieldValue<DateTimeOffset>(6));

    public async Task<StoredReportRow?> GetReportRowAsync(string templateId, int version, string period, string unitCode, CancellationToken ct = default)
    {
        await using var connection = await OpenAsync(ct);
        await using var command = connection.Command(
            $"""
            SELECT {ReportRowColumns} FROM report_rows
            WHERE county_code = @county AND template_id = @template AND version = @version AND period = @period AND unit_code = @unit
            """)
            .With("@county", RegionCode.Parse(unitCode).CountyCode).With("@template", templateId).With("@version", version)
            .With("@period", period).With("@unit", unitCode);
        await using var reader = await command.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? ReadReportRow(reader) : null;
    }

    /// <summary>Rows by key (@keys: a JSON array of [county, template, version, period, unit]), each looked up by the primary key.</summary>
    internal const string RowsByKeyQuery =
        $"""
        SELECT {ReportRowColumns} FROM (
          SELECT json_extract(value, '$[0]') AS c, json_extract(value, '$[1]') AS t, json_extract(value, '$[2]') AS v,
                 json_extract(value, '$[3]') AS p, json_extract(value, '$[4]') AS u
          FROM json_each(@keys)) AS k
        CROSS JOIN report_rows AS r
        WHERE r.county_code = k.c AND r.template_id = k.t AND r.version = k.v AND r.period = k.p AND r.unit_code = k.u
        """;

    /// <summary>One statement for all the keys (a JSON array, json_each), each looked up by the primary key.</summary>
    public async Task<IReadOnlyDictionary<ReportRowKey, StoredReportRow>> FindReportRowsAsync(IReadOnlyCollection<ReportRowKey> keys, CancellationToken ct = default)
    {
        var result = new Dictionary<ReportRowKey, StoredReportRow>();
        if (keys.Count == 0) return result;
        var json = System.Text.Json.JsonSerializer.Serialize(keys.Distinct().Select(k =>
            new object[] { RegionCode.TryParse(k.UnitCode, out var code, out _) ? code.CountyCode : "", k.TemplateId, k.Version, k.Period, k.UnitCode }));
        await using var connection = await OpenAsync(ct);
        await using var command = connection.Command(RowsByKeyQuery).With("@keys", json);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var row = ReadReportRow(reader);
            result[new ReportRowKey(row.TemplateId, row.Version, row.Period, row.UnitCode)] = row;
        }
        return result;
    }

    public async Task<IReadOnlyList<StoredReportRow>> GetReportRowsAsync(string templateId, int version, string period, string underUnit,
        OrgLevel? level = null, CancellationToken ct = default)
    {
        var unit = RegionCode.Parse(underUnit);
        var prefix = unit.Prefix;
        await using var connection = await OpenAsync(ct);
        await using var command = connection.Command(
            $"""
            SELECT {ReportRowColumns} FROM report_rows
            WHERE template_id = @template AND version = @version AND period = @period AND unit_code >= @prefix AND unit_code < @prefixEnd
              {(unit.Level >= OrgLevel.County ? "AND county_code = @county" : "")}
              {(level is null ? "" : "AND level = @level")}
            ORDER BY unit_code
            """)
            .With("@template", templateId).With("@version", version).With("@period", period).WithPrefix(prefix);
        if (unit.Level >= OrgLevel.County) command.With("@county", unit.CountyCode);
        if (level is { } l) command.With("@level", (int)l);
        var rows = new List<StoredReportRow>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) rows.Add(ReadReportRow(reader));
        return rows;
    }

    public async Task<UnitReportPeriods> GetReportPeriodsAsync(string unitCode, CancellationToken ct = default)
    {
        await using var connection = await OpenAsync(ct);
        await using var command = connection.Command($"SELECT template_id, version, period FROM report_rows WHERE unit_code = @unit")
            .With("@unit", unitCode);
        var rows = new List<(string, int, string)>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) rows.Add((reader.GetString(0), reader.GetInt32(1), reader.GetString(2)));
        return UnitReportPeriods.From(rows);
    }

    public async Task<FeedCursor> GetCursorAsync(string name, CancellationToken ct = default)
    {
        await using var connection = await OpenAsync(ct);
        await using var command = connection.Command($"SELECT tx, seq FROM feed_cursors WHERE name = @name").With("@name", name);
        await using var reader = await command.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? new FeedCursor(reader.GetInt64(0), reader.GetInt64(1)) : FeedCursor.Start;
    }

    public Task SetCursorAsync(string name, FeedCursor position, CancellationToken ct = default) => WriteAsync(async (connection, tx) =>
    {
        await using var command = connection.Command(
            // Only forward: two readers that overlap (a server and `reports watch`) can never move it back.
            $"""
            INSERT INTO feed_cursors AS c (name, tx, seq) VALUES (@name, @tx, @seq)
            ON CONFLICT (name) DO UPDATE SET tx = excluded.tx, seq = excluded.seq WHERE (c.tx, c.seq) < (excluded.tx, excluded.seq)
            """, tx)
            .With("@name", name).With("@tx", position.Transaction).With("@seq", position.Sequence);
        return await command.ExecuteNonQueryAsync(ct);
    }, ct);
}
