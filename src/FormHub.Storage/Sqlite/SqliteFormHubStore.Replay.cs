using FormHub.Storage.Shared;
using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using FormHub.Storage.Model;

namespace FormHub.Storage.Sqlite;

public sealed partial class SqliteFormHubStore
{
    /// <summary>
    /// Replays a village's event log by the rules a save follows and compares the result with the stored current documents
    /// and periodic values, which are what reports read. The chain proves the log; this proves the documents say the same:
    /// an edited document or periodic value is reported with entity, field, stored and replayed value.
    /// </summary>
    private async Task<IReadOnlyList<StateDifference>> CompareWithLogAsync(DbConnection connection, string villageCode, CancellationToken ct)
    {
        var replayed = new Dictionary<Guid, EntityState>();
        var periodic = new Dictionary<(Guid Entity, string Field, string Period), object?>();
        await using (var command = connection.Command(
            $"SELECT {EventColumns} FROM events WHERE village_code = @village ORDER BY village_seq").With("@village", villageCode))
        await using (var r = await command.ExecuteReaderAsync(ct))
        {
            while (await r.ReadAsync(ct))
            {
                EntityEvent e;
                try
                {
                    e = ReadEvent(r);
                }
                catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException or KeyNotFoundException or IndexOutOfRangeException)
                {
                    // An event mangled beyond reading is already a chain break; without it the replay would report noise.
                    return [new StateDifference(SqliteIds.Read(r, 3), null,
                        $"第 {r.GetInt64(2)} 条事件的内容无法读取，无法按事件日志重放当前数据 / event {r.GetInt64(2)} cannot be read, so the log cannot be replayed")];
                }
                LogComparison.Replay(replayed, periodic, e);
            }
        }

        var stored = new Dictionary<Guid, EntityState>();
        await using (var command = connection.Command($"SELECT {EntityColumns} FROM entities WHERE village_code = @village")
                         .With("@village", villageCode))
        await using (var r = await command.ExecuteReaderAsync(ct))
        {
            while (await r.ReadAsync(ct))
            {
                var state = ReadEntityState(r);
                stored[state.Id] = state;
            }
        }

        var storedPeriodic = new Dictionary<(Guid Entity, string Field, string Period), object?>();
        await using (var command = connection.Command(
                         $"SELECT entity_id, entity_type, field, period, value FROM periodic_values WHERE village_code = @village")
                         .With("@village", villageCode))
        await using (var r = await command.ExecuteReaderAsync(ct))
        {
            while (await r.ReadAsync(ct))
            {
                using var doc = JsonDocument.Parse(r.GetString(4));
                storedPeriodic[(SqliteIds.Read(r, 0), r.GetString(2), r.GetString(3))] =
                    FieldValueJson.ReadValue(doc.RootElement, Catalog.FindField(r.GetString(1), r.GetString(2))?.Type);
            }
        }

        return new LogComparison(Catalog).Compare(replayed, periodic, stored, storedPeriodic);
    }
}
