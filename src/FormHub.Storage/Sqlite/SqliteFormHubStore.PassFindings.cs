using System.Text.Json;
using FormHub.Storage.Model;

namespace FormHub.Storage.Sqlite;

/// <summary>
/// The open findings of a live pass's villages in one statement instead of one per village (issue 12: preparing those
/// statements was much of the findings' cost): villages × months asked as JSON arrays, the pairs not asked dropped.
/// </summary>
public sealed partial class SqliteFormHubStore
{
    /// <summary>The open findings of villages × months (@villages, @periods: JSON arrays), each sought by ix_findings_village.</summary>
    internal const string OpenFindingsOfPairsQuery =
        $"""
        SELECT {FindingColumns} FROM findings
        WHERE village_code IN (SELECT value FROM json_each(@villages)) AND period IN (SELECT value FROM json_each(@periods))
            AND resolved_at IS NULL
        ORDER BY village_code, rule_id, appeared_at, id
        """;

    public async Task<IReadOnlyDictionary<(string VillageCode, string Period), IReadOnlyList<Finding>>> ListOpenFindingsAsync(
        IReadOnlyCollection<(string VillageCode, string Period)> pairs, CancellationToken ct = default)
    {
        var found = new Dictionary<(string VillageCode, string Period), List<Finding>>();
        foreach (var pair in pairs) found.TryAdd(pair, []);
        if (found.Count > 0)
        {
            // A pass's villages mostly share their one or two months; a search of ix_findings_village per village and month.
            await using var connection = await OpenAsync(ct);
            await using var command = connection.Command(OpenFindingsOfPairsQuery)
                .With("@villages", JsonSerializer.Serialize(found.Keys.Select(k => k.VillageCode).Distinct(StringComparer.Ordinal)))
                .With("@periods", JsonSerializer.Serialize(found.Keys.Select(k => k.Period).Distinct(StringComparer.Ordinal)));
            foreach (var finding in await ReadFindingsAsync(command, ct))
            {
                if (found.TryGetValue((finding.VillageCode, finding.Period), out var list)) list.Add(finding);
            }
        }
        return found.ToDictionary(f => f.Key, f => (IReadOnlyList<Finding>)f.Value);
    }
}
