using Npgsql;
using NpgsqlTypes;

namespace FormHub.Storage.Marten;

/// <summary>
/// A village's many new events of one save (a village load, a value set) written with one set-based INSERT into Marten's
/// event table instead of Marten's quick append, whose function inserts them one statement each (a village load of 1,332
/// events spent more server CPU there than on its documents). Same rows as Marten writes: the stream's row carries its new
/// version, each event its sequence number, version, type names and JSON from the store's serializer. Marten itself never
/// reads the events back (FormHub reads them with SQL); its later appends to the stream start from that version.
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
        var serializer = _documents.Options.Serializer();
        var bodies = new string[events.Count];
        for (var i = 0; i < events.Count; i++) bodies[i] = serializer.ToJson(events[i]);
        var final = expected + events.Count;
        await using var batch = new NpgsqlBatch(connection, tx);
        var stream = expected == 0
            ? new NpgsqlBatchCommand($"INSERT INTO {T("mt_streams")} (id, type, version, timestamp, tenant_id) VALUES (@stream, NULL, @final, now(), '*DEFAULT*')")
            : new NpgsqlBatchCommand($"UPDATE {T("mt_streams")} SET version = @final, timestamp = now() WHERE id = @stream AND version = @expected");
        stream.Parameters.AddWithValue("stream", village);
        stream.Parameters.AddWithValue("final", final);
        if (expected != 0) stream.Parameters.AddWithValue("expected", expected);
        batch.BatchCommands.Add(stream);
        // unnest WITH ORDINALITY yields the rows in array order, so sequence numbers rise with the versions. The event ids
        // (read by nobody: FormHub reads events by sequence and stream) come from the server: each of the client's cost a
        // system call for its random bytes.
        var insert = new NpgsqlBatchCommand(
            $"""
            INSERT INTO {T("mt_events")} (seq_id, id, stream_id, version, data, type, tenant_id, timestamp, mt_dotnet_type, is_archived)
            SELECT nextval('{T("mt_events_sequence")}'), gen_random_uuid(), @stream, @expected + u.n, CAST(u.body AS jsonb),
                   @type_name, '*DEFAULT*', now(), @dotnet, FALSE
            FROM unnest(@bodies) WITH ORDINALITY AS u(body, n)
            """);
        insert.Parameters.AddWithValue("stream", village);
        insert.Parameters.AddWithValue("expected", expected);
        insert.Parameters.AddWithValue("type_name", EventMapping.EventTypeName);
        insert.Parameters.AddWithValue("dotnet", EventMapping.DotNetTypeName);
        insert.Parameters.Add(new NpgsqlParameter("bodies", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = bodies });
        batch.BatchCommands.Add(insert);
        await batch.ExecuteNonQueryAsync(ct);
        return stream.RecordsAffected == 1;
    }
}
