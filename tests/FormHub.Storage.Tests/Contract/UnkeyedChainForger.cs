using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using FormHub.Storage.Model;
using FormHub.Storage.Tests.Engines;

namespace FormHub.Storage.Tests.Contract;

/// <summary>
/// What someone with write access to the database can do without the key file: edit an event's payload and recompute
/// the whole village chain as plain SHA-256 (the published algorithm of the legacy chain), chain head included.
/// </summary>
internal static class UnkeyedChainForger
{
    public static async Task RewriteAsync(IStoreEngine engine, IFormHubStore store, string village, IReadOnlyList<Guid> entities,
        (long VillageSequence, string Find, string Replace)? edit, bool dropKeyIds)
    {
        var payloads = (await engine.QueryAsync($"SELECT village_seq, CAST(payload AS TEXT) FROM {{events}} WHERE village_code = '{village}'"))
            .ToDictionary(r => long.Parse(r[0]!, CultureInfo.InvariantCulture), r => r[1]!);
        var keyIds = (await engine.QueryAsync($"SELECT village_seq, key_id FROM {{events}} WHERE village_code = '{village}'"))
            .ToDictionary(r => long.Parse(r[0]!, CultureInfo.InvariantCulture), r => r[1]);
        var events = new List<EntityEvent>();
        foreach (var id in entities) events.AddRange(await store.GetHistoryAsync(id));

        var previous = new string('0', 64);
        foreach (var e in events.OrderBy(e => e.VillageSequence))
        {
            var edited = edit is { } x && x.VillageSequence == e.VillageSequence;
            var payload = edited ? payloads[e.VillageSequence].Replace(edit!.Value.Find, edit.Value.Replace) : payloads[e.VillageSequence];
            var content = string.Join('\n', village, e.VillageSequence.ToString(CultureInfo.InvariantCulture), e.EntityId.ToString("D"),
                e.EntityType, ((int)e.Kind).ToString(CultureInfo.InvariantCulture), e.ValidFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                e.Period ?? "", e.RecordedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture), e.User,
                ((int)e.Source).ToString(CultureInfo.InvariantCulture), payload, previous);
            var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)));
            var keyId = dropKeyIds || keyIds[e.VillageSequence] is null ? "NULL" : $"'{keyIds[e.VillageSequence]}'";
            await engine.ExecuteAsync(
                $"UPDATE {{events}} SET payload = {(edited ? JsonText(engine, $"REPLACE(CAST(payload AS TEXT), '{edit!.Value.Find}', '{edit.Value.Replace}')") : "payload")}, prev_hash = '{previous}', hash = '{hash}', key_id = {keyId} " +
                $"WHERE village_code = '{village}' AND village_seq = {e.VillageSequence}");
            previous = hash;
        }
        await engine.ExecuteAsync($"UPDATE {{village_chains}} SET last_hash = '{previous}' WHERE village_code = '{village}'");
    }

    // The edit is done in SQL: the engines' raw-SQL helpers read braces as table-name placeholders.
    private static string JsonText(IStoreEngine engine, string expression) =>
        engine is PostgresEngine ? $"CAST({expression} AS json)" : expression;
}
