using FormHub.Storage.Marten.Documents;
using Marten;
using Npgsql;

namespace FormHub.Storage.Marten;

/// <summary>
/// County placements of a sharded province (<see cref="Shards.ShardedFormHubStore"/>): kept on the home shard as
/// documents, read by the router at start; and whether this database already holds data of a county (what placing it
/// elsewhere must refuse).
/// </summary>
public sealed partial class MartenFormHubStore
{
    /// <summary>Every county placed by command, by code.</summary>
    internal async Task<IReadOnlyList<CountyPlacementDocument>> ReadCountyPlacementsAsync(CancellationToken ct)
    {
        await using var session = _documents.QuerySession();
        return await session.Query<CountyPlacementDocument>().ToListAsync(ct);
    }

    /// <summary>Records (or replaces) a county's placement.</summary>
    internal Task SaveCountyPlacementAsync(CountyPlacementDocument placement, CancellationToken ct) =>
        WriteAsync(session =>
        {
            session.Store(placement);
            return Task.CompletedTask;
        }, ct);

    /// <summary>
    /// True when this database holds anything of the county: a record, a village event stream, a periodic value, a
    /// submission, a finding or a report row of the county or a unit in it.
    /// </summary>
    internal async Task<bool> HoldsCountyDataAsync(string countyCode, CancellationToken ct)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(ct);
        await using var command = new NpgsqlCommand(
            $"""
            SELECT EXISTS (SELECT 1 FROM {T("mt_doc_entities")}
                    WHERE village_code BETWEEN @first AND @last AND county_code = @county)
                OR EXISTS (SELECT 1 FROM {T("mt_streams")} WHERE id LIKE @prefix)
                OR EXISTS (SELECT 1 FROM {T("mt_doc_periodic_values")} WHERE village_code LIKE @prefix)
                OR EXISTS (SELECT 1 FROM {T("mt_doc_submissions")} WHERE village_code LIKE @prefix)
                OR EXISTS (SELECT 1 FROM {T("mt_doc_findings")} WHERE village_code LIKE @prefix)
                OR EXISTS (SELECT 1 FROM {T("mt_doc_report_rows")} WHERE unit_code LIKE @prefix)
            """, connection);
        command.Parameters.AddWithValue("county", countyCode);
        command.Parameters.AddWithValue("prefix", countyCode[..6] + "%");
        // The records' village range is one range of the roster index (county_code has no index of its own; a LIKE prefix
        // is no range under the database's C.UTF-8 collation).
        command.Parameters.AddWithValue("first", countyCode[..6] + "000000");
        command.Parameters.AddWithValue("last", countyCode[..6] + "999999");
        return await command.ExecuteScalarAsync(ct) is true;
    }
}
