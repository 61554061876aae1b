using FormHub.Core.OrgUnits;
using FormHub.Storage.Model;

namespace FormHub.Storage.Sqlite;

public sealed partial class SqliteFormHubStore
{
    public async Task<IReadOnlyDictionary<string, long>> CountTypedValuesAsync(RegionCode under, DateTimeOffset from, DateTimeOffset to, CancellationToken ct = default)
    {
        var prefix = under.Prefix;
        await using var connection = await OpenAsync(ct);
        // A retirement carries no field changes but is one thing the cadre entered (date and reason).
        await using var command = connection.Command(
            $"""
            SELECT village_code, SUM(CASE WHEN kind = {(int)EventKind.Retired} THEN 1 ELSE json_array_length(payload, '$.changes') END)
            FROM events
            WHERE village_code >= @prefix AND village_code < @prefixEnd AND source = @source AND recorded_at >= @from AND recorded_at < @to
            GROUP BY village_code
            """)
            .WithPrefix(prefix).With("@source", (int)ChangeSource.Form)
            .With("@from", from.ToUniversalTime()).With("@to", to.ToUniversalTime());
        var counts = new Dictionary<string, long>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) counts[reader.GetString(0)] = reader.GetInt64(1);
        return counts;
    }
}
