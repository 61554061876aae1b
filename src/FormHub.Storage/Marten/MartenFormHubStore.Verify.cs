using System.Runtime.CompilerServices;
using System.Text.Json;
using FormHub.Core.OrgUnits;
using FormHub.Storage.Model;
using FormHub.Storage.Shared;
using Marten;
using Npgsql;

namespace FormHub.Storage.Marten;

/// <summary><c>audit verify</c> on Marten's tables, and ID numbers held twice.</summary>
public sealed partial class MartenFormHubStore
{
    /// <summary>
    /// Recomputes the village stream's hash chain from the events as stored (the payload text that was hashed) and checks
    /// the signed head, then replays the stream against the current documents and periodic values (shared with the other
    /// engines: <see cref="ChainCheck"/>, <see cref="LogComparison"/>).
    /// </summary>
    public async Task<ChainVerification> VerifyAsync(string villageCode, CancellationToken ct = default)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(ct);
        var check = new ChainCheck(villageCode, AuditKeys);
        var replayed = new Dictionary<Guid, EntityState>();
        var periodic = new Dictionary<(Guid Entity, string Field, string Period), object?>();
        var unreadable = false;
        await using (var command = new NpgsqlCommand(
            $"SELECT {EventColumns}, e.data ->> 'keyId' FROM {T("mt_events")} e WHERE stream_id = @village ORDER BY version", connection))
        {
            command.Parameters.AddWithValue("village", villageCode);
            await using var r = await command.ExecuteReaderAsync(ct);
            while (await r.ReadAsync(ct))
            {
                check.Add(r.GetInt64(0), r.GetInt64(2), r.GetGuid(3), r.GetString(4), r.GetInt32(5), ParseDate(r.GetString(6)),
                    r.IsDBNull(7) ? null : r.GetString(7), DateTimeOffset.Parse(r.GetString(8), System.Globalization.CultureInfo.InvariantCulture),
                    r.GetString(9), r.GetInt32(10), r.GetString(11), r.GetString(12), r.GetString(13), r.IsDBNull(14) ? null : r.GetString(14));
                if (unreadable) continue;
                try
                {
                    LogComparison.Replay(replayed, periodic, ReadEvent(r));
                }
                catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException or KeyNotFoundException or IndexOutOfRangeException)
                {
                    // An event mangled beyond reading is already a chain break; without it the replay would report noise.
                    unreadable = true;
                }
            }
        }
        var head = await LoadAsync<VillageChain>(villageCode, ct);
        check.CheckHead(head is null ? null : (head.LastVillageSeq, head.LastHash, head.HeadKeyId, head.HeadMac));

        IReadOnlyList<StateDifference> differences = [];
        if (!unreadable)
        {
            await using var session = _documents.QuerySession();
            var stored = (await session.Query<EntityRecord>().Where(x => x.VillageCode == villageCode).ToListAsync(ct)).Select(ToState).ToDictionary(s => s.Id);
            var storedPeriodic = new Dictionary<(Guid Entity, string Field, string Period), object?>();
            foreach (var p in await session.Query<PeriodicRecord>().Where(x => x.VillageCode == villageCode).ToListAsync(ct))
            {
                storedPeriodic[(p.EntityId, p.Field, p.Period)] = FieldValueJson.ReadValue(p.Value, Catalog.FindField(p.EntityType, p.Field)?.Type);
            }
            differences = new LogComparison(Catalog).Compare(replayed, periodic, stored, storedPeriodic);
        }
        return new ChainVerification(villageCode, check.Checked, check.Breaks, differences, check.Legacy);
    }

    private async Task<T?> LoadAsync<T>(string id, CancellationToken ct) where T : notnull
    {
        await using var session = _documents.QuerySession();
        return await session.LoadAsync<T>(id, ct);
    }

    public async Task<IReadOnlyList<DuplicateIdentity>> FindDuplicateIdentitiesAsync(RegionCode under, CancellationToken ct = default)
    {
        var pairs = new List<(string IdNumber, Guid Entity)>();
        await using (var connection = await _dataSource.OpenConnectionAsync(ct))
        await using (var command = new NpgsqlCommand(
            $"""
            SELECT id_number, entity_id FROM {T("mt_doc_identity_numbers")}
            WHERE id_number IN (SELECT id_number FROM {T("mt_doc_identity_numbers")} WHERE village_code LIKE @prefix)
              AND id_number IN (SELECT id_number FROM {T("mt_doc_identity_numbers")} GROUP BY id_number HAVING COUNT(*) > 1)
            ORDER BY id_number
            """, connection))
        {
            command.Parameters.AddWithValue("prefix", under.Prefix + "%");
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct)) pairs.Add((reader.GetString(0), reader.GetGuid(1)));
        }
        return await IdentityNumbers.DuplicatesAsync(this, pairs, ct);
    }

    /// <summary>
    /// The ID numbers records not retired under <paramref name="under"/> hold, in number order, a page at a time: the
    /// province's duplicates report (<see cref="Shards.CrossShardDuplicates"/>) asks the other databases about each page.
    /// Keyset pages along the number's index, so a county's 300,000 numbers are never held at once.
    /// </summary>
    internal async IAsyncEnumerable<IReadOnlyList<string>> ReadIdNumbersUnderAsync(RegionCode under, int pageSize, [EnumeratorCancellation] CancellationToken ct)
    {
        var after = "";
        while (true)
        {
            var page = new List<string>(pageSize);
            await using (var connection = await _dataSource.OpenConnectionAsync(ct))
            await using (var command = new NpgsqlCommand(
                $"""
                SELECT DISTINCT id_number FROM {T("mt_doc_identity_numbers")}
                WHERE id_number > @after AND village_code LIKE @prefix
                ORDER BY id_number LIMIT @take
                """, connection))
            {
                command.Parameters.AddWithValue("after", after);
                command.Parameters.AddWithValue("prefix", under.Prefix + "%");
                command.Parameters.AddWithValue("take", pageSize);
                await using var reader = await command.ExecuteReaderAsync(ct);
                while (await reader.ReadAsync(ct)) page.Add(reader.GetString(0));
            }
            if (page.Count > 0) yield return page;
            if (page.Count < pageSize) yield break;
            after = page[^1];
        }
    }
}
