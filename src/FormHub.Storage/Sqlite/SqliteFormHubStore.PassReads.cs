using System.Text.Json;
using FormHub.Storage.Model;

namespace FormHub.Storage.Sqlite;

/// <summary>
/// The live materializer's reads for a whole pass of villages, one statement each instead of one per village: the codes go
/// in as one JSON array (json_each), so the statement's text is the same whatever their number.
/// </summary>
public sealed partial class SqliteFormHubStore
{
    /// <summary>The pass's report periods from each template's bound on (@units: a JSON array, @since: an object template → period).</summary>
    internal const string ReportPeriodsSinceQuery =
        """
        SELECT r.unit_code, r.template_id, r.version, r.period FROM json_each(@units) u CROSS JOIN json_each(@since) s
        CROSS JOIN report_rows r WHERE r.unit_code = u.value AND r.template_id = s.key AND r.period >= s.value
        """;

    public async Task<IReadOnlyDictionary<string, UnitReportPeriods>> GetReportPeriodsAsync(IReadOnlyCollection<string> unitCodes,
        IReadOnlyDictionary<string, string>? since = null, CancellationToken ct = default)
    {
        var rows = unitCodes.Distinct(StringComparer.Ordinal).ToDictionary(u => u, _ => new List<(string, int, string)>(), StringComparer.Ordinal);
        if (rows.Count > 0)
        {
            await using var connection = await OpenAsync(ct);
            // With a bound, each template's rows from its own first period on (json_each of an object: key = template, value = period),
            // one index seek per unit and template: joined the other way round, SQLite scanned the whole object for every row of a
            // unit (5 times slower for a pass's 40 villages, measured).
            await using var command = since is null
                ? connection.Command(
                    "SELECT unit_code, template_id, version, period FROM report_rows WHERE unit_code IN (SELECT value FROM json_each(@units))")
                : connection.Command(ReportPeriodsSinceQuery)
                    .With("@since", JsonSerializer.Serialize(since));
            command.With("@units", JsonSerializer.Serialize(rows.Keys));
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct)) rows[reader.GetString(0)].Add((reader.GetString(1), reader.GetInt32(2), reader.GetString(3)));
        }
        return rows.ToDictionary(r => r.Key, r => UnitReportPeriods.From(r.Value), StringComparer.Ordinal);
    }

    /// <summary>The submissions of villages × periods (@villages, @periods: JSON arrays), each sought by ix_submissions_period.</summary>
    internal const string SubmissionsOfPairsQuery =
        $"""
        SELECT {SubmissionColumns} FROM submissions
        WHERE period IN (SELECT value FROM json_each(@periods)) AND village_code IN (SELECT value FROM json_each(@villages))
        """;

    public async Task<IReadOnlyDictionary<(string VillageCode, string Period), Submission>> GetSubmissionsAsync(
        IReadOnlyCollection<(string VillageCode, string Period)> keys, CancellationToken ct = default)
    {
        var result = new Dictionary<(string VillageCode, string Period), Submission>();
        foreach (var key in keys) result.TryAdd(key, Submission.NewDraft(key.VillageCode, key.Period));
        if (result.Count == 0) return result;
        // Villages × periods asked, the pairs not asked for dropped: a pass's villages mostly share their one or two months.
        await using var connection = await OpenAsync(ct);
        await using var command = connection.Command(SubmissionsOfPairsQuery)
            .With("@periods", JsonSerializer.Serialize(result.Keys.Select(k => k.Period).Distinct(StringComparer.Ordinal)))
            .With("@villages", JsonSerializer.Serialize(result.Keys.Select(k => k.VillageCode).Distinct(StringComparer.Ordinal)));
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var stored = ReadSubmission(reader);
            if (result.ContainsKey((stored.VillageCode, stored.Period))) result[(stored.VillageCode, stored.Period)] = stored;
        }
        return result;
    }
}
