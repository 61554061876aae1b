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
        var stored = await engine.Behind.ReadEventsAsync(village);
        var payloads = stored.ToDictionary(r => r.VillageSequence, r => r.Payload);
        var keyIds = stored.ToDictionary(r => r.VillageSequence, r => r.KeyId);
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
            await engine.Behind.RewriteEventAsync(village, e.VillageSequence, edited ? (edit!.Value.Find, edit.Value.Replace) : null, previous, hash,
                dropKeyIds ? null : keyIds[e.VillageSequence]);
            previous = hash;
        }
        await engine.Behind.SetChainHeadHashAsync(village, previous);
    }
}
