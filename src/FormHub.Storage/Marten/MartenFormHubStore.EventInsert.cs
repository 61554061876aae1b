using System.Globalization;
using System.Text.Json;
using FormHub.Storage.Shared;
using Npgsql;
using NpgsqlTypes;

namespace FormHub.Storage.Marten;

/// <summary>
/// A village's many new events of one save (a village load, a value set) written by one binary COPY into Marten's event
/// table instead of Marten's quick append, whose function inserts them one statement each (a village load of 1,332 events
/// spent more server CPU there than on its documents). Same rows as Marten writes: the stream's row carries its new
/// version, each event its sequence number (drawn from Marten's sequence), version, type names and the JSON Marten's
/// serializer writes, here written once in UTF-8 from the event (through the serializer it was a string, transcoded
/// again by Npgsql). Marten itself never reads the events back (FormHub reads them with SQL); its later appends to the
/// stream start from that version.
/// </summary>
public sealed partial class MartenFormHubStore
{
    /// <summary>From this many events of one village in a save, <see cref="InsertEventsAsync"/>; below it, Marten's append.</summary>
    internal const int EventInsertThreshold = 64;

    /// <summary>Marten's own mapping of the event type: its stored type name and .NET type string, as its append writes them.</summary>
    private global::Marten.Events.EventMapping EventMapping => ((global::Marten.Events.EventGraph)_documents.Options.Events).EventMappingFor(typeof(VillageEventRecorded));

    /// <summary>
    /// Appends <paramref name="events"/> to <paramref name="village"/>'s stream after version <paramref name="expected"/> (0: the
    /// stream is new), on the save's transaction. The caller holds the village's chain lock; a stream found at another
    /// version is refused like Marten's own append refuses it (a chain never forks): false, and the caller tells the
    /// conflict and rolls the save back.
    /// </summary>
    internal async Task<bool> InsertEventsAsync(NpgsqlConnection connection, NpgsqlTransaction tx, string village, long expected,
        IReadOnlyList<VillageEventRecorded> events, CancellationToken ct)
    {
        var final = expected + events.Count;
        // The stream row moved on (or inserted) and the events' sequence numbers drawn, in one round trip.
        await using var batch = new NpgsqlBatch(connection, tx);
        var stream = expected == 0
            ? new NpgsqlBatchCommand($"INSERT INTO {T("mt_streams")} (id, type, version, timestamp, tenant_id) VALUES (@stream, NULL, @final, now(), '*DEFAULT*')")
            : new NpgsqlBatchCommand($"UPDATE {T("mt_streams")} SET version = @final, timestamp = now() WHERE id = @stream AND version = @expected");
        stream.Parameters.AddWithValue("stream", village);
        stream.Parameters.AddWithValue("final", final);
        if (expected != 0) stream.Parameters.AddWithValue("expected", expected);
        batch.BatchCommands.Add(stream);
        var numbers = new NpgsqlBatchCommand($"SELECT nextval('{T("mt_events_sequence")}') FROM generate_series(1, @count)");
        numbers.Parameters.AddWithValue("count", events.Count);
        batch.BatchCommands.Add(numbers);
        var seq = new long[events.Count];
        await using (var reader = await batch.ExecuteReaderAsync(ct))
        {
            // Past the stream statement's (empty) result to the numbers'.
            while (reader.FieldCount == 0 && await reader.NextResultAsync(ct)) { }
            for (var i = 0; await reader.ReadAsync(ct); i++) seq[i] = reader.GetInt64(0);
        }
        if (stream.RecordsAffected != 1) return false;
        // Ascending, so sequence numbers rise with the versions (a record's history is read in sequence order).
        Array.Sort(seq);

        var mapping = EventMapping;
        var ids = new CopyVersions();
        // Marten's own timestamp column (the hashed recording time is in the body): when the batch was appended.
        var appendedAt = DateTimeOffset.UtcNow;
        using var json = new JsonRow(2048);
        await using var importer = await connection.BeginBinaryImportAsync(
            $"COPY {T("mt_events")} (seq_id, id, stream_id, version, data, type, tenant_id, timestamp, mt_dotnet_type, is_archived) FROM STDIN (FORMAT BINARY)", ct);
        for (var i = 0; i < events.Count; i++)
        {
            var data = json.Write(events[i], WriteEvent);
            await importer.StartRowAsync(ct);
            await importer.WriteAsync(seq[i], NpgsqlDbType.Bigint, ct);
            // Event ids are read by nobody (FormHub reads events by sequence and stream): distinct, not each drawn at random.
            await importer.WriteAsync(ids.Next(), NpgsqlDbType.Uuid, ct);
            await importer.WriteAsync(village, NpgsqlDbType.Varchar, ct);
            await importer.WriteAsync(expected + i + 1, NpgsqlDbType.Bigint, ct);
            await importer.WriteAsync(data, NpgsqlDbType.Jsonb, ct);
            await importer.WriteAsync(mapping.EventTypeName, NpgsqlDbType.Varchar, ct);
            await importer.WriteAsync("*DEFAULT*", NpgsqlDbType.Varchar, ct);
            await importer.WriteAsync(appendedAt, NpgsqlDbType.TimestampTz, ct);
            await importer.WriteAsync(mapping.DotNetTypeName, NpgsqlDbType.Varchar, ct);
            await importer.WriteAsync(false, NpgsqlDbType.Boolean, ct);
        }
        await importer.CompleteAsync(ct);
        return true;
    }

    /// <summary>The event as Marten's serializer writes it (camelCase members, nulls written), written directly in UTF-8.</summary>
    private static void WriteEvent(Utf8JsonWriter w, VillageEventRecorded e)
    {
        w.WriteStartObject();
        w.WriteString("entityId", e.EntityId);
        w.WriteString("entityType", e.EntityType);
        w.WriteNumber("kind", e.Kind);
        w.WriteString("validFrom", e.ValidFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        w.WriteString("period", e.Period);
        w.WriteString("recordedAt", e.RecordedAt);
        w.WriteString("user", e.User);
        w.WriteNumber("source", e.Source);
        w.WriteString("payload", e.Payload);
        w.WriteString("previousHash", e.PreviousHash);
        w.WriteString("hash", e.Hash);
        w.WriteString("keyId", e.KeyId);
        w.WriteEndObject();
    }
}
