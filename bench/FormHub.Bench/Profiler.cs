using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using FormHub.Core.Catalog;
using FormHub.Storage;
using FormHub.Storage.Model;
using Microsoft.Data.Sqlite;

namespace FormHub.Bench;

/// <summary>
/// <c>--profile</c> (storage suite, SQLite): Stopwatch splits of where the time of each measure goes, by running the store's own SQL (copied
/// from src/FormHub.Storage/Sqlite) on a raw connection next to the store call, and by re-inserting one village's rows into
/// scratch copies of the tables with different statement strategies. Read-only towards the store's own tables.
/// </summary>
internal sealed class Profiler(IFormHubStore store, StorageOptions storage, FieldCatalog catalog, CountyData county, List<string> notes)
{
    private const int Rounds = 20;

    private void Note(string text)
    {
        notes.Add("profile: " + text);
        Console.WriteLine("  profile: " + text);
    }

    private async Task<DbConnection> OpenAsync()
    {
        DbConnection c = new SqliteConnection($"Data Source={storage.SqlitePath}");
        await c.OpenAsync();
        return c;
    }

    private static DbCommand Command(DbConnection c, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = c.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var p = command.CreateParameter();
            p.ParameterName = name;
            p.Value = value ?? DBNull.Value;
            command.Parameters.Add(p);
        }
        return command;
    }

    private static async Task<double> MedianMsAsync(Func<Task> action, int rounds = Rounds)
    {
        var samples = new Samples();
        await action(); // warm
        for (var i = 0; i < rounds; i++)
        {
            var start = Stopwatch.GetTimestamp();
            await action();
            samples.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }
        return samples.Median;
    }

    private static string Ms(double ms) => ms.ToString("F2", CultureInfo.InvariantCulture) + " ms";

    public async Task RunAsync()
    {
        await RosterAsync();
        await AsOfAsync();
        await RoundTripAsync();
        await InsertStrategiesAsync();
    }

    private async Task RosterAsync()
    {
        var village = county.Villages[county.Villages.Count / 2];
        var where = "village_code = @village AND entity_type = @type AND retired_on IS NULL";
        // The store's DocumentColumns (since 322986d reads leave out field_valid_from, which only writes use).
        var columns = $"id, entity_type, village_code, county_code, version, data, NULL, valid_from, retired_on, retired_reason, retired_note, updated_at";
        (string, object?)[] ps = [("@village", village), ("@type", "person")];

        var allocBefore = GC.GetTotalAllocatedBytes(precise: true);
        var gen0 = GC.CollectionCount(0);
        var total = await MedianMsAsync(() => store.ListAsync(new EntityQuery(village, "person") { Take = 1000 }));
        var allocPerCall = (GC.GetTotalAllocatedBytes(precise: true) - allocBefore) / (Rounds + 1);
        var gcs = GC.CollectionCount(0) - gen0;

        await using var c = await OpenAsync();
        var count = await MedianMsAsync(async () =>
        {
            await using var cmd = Command(c, $"SELECT COUNT(*) FROM entities WHERE {where}", ps);
            await cmd.ExecuteScalarAsync();
        });
        var rows = new List<(string Type, string Data)>();
        var select = await MedianMsAsync(async () =>
        {
            rows.Clear();
            await using var cmd = Command(c, $"SELECT {columns} FROM entities WHERE {where} ORDER BY id LIMIT 1000 OFFSET 0", ps);
            await using var r = await cmd.ExecuteReaderAsync();
            while (await r.ReadAsync())
            {
                for (var i = 0; i < r.FieldCount; i++) _ = r.GetValue(i);
                rows.Add((r.GetString(1), r.GetString(5)));
            }
        });
        var parseData = await MedianMsAsync(() =>
        {
            foreach (var (type, data) in rows) ParseFields(type, data);
            return Task.CompletedTask;
        });
        // The same data parse with the field types looked up in a per-type table (no "person." + name string per value)
        // and straight from UTF-8 (no string → UTF-8 transcoding inside JsonDocument.Parse(string)).
        var types = catalog.FieldsOf("person").ToDictionary(f => f.Name, f => (FieldType?)f.Type, StringComparer.Ordinal);
        var utf8 = rows.Select(r => System.Text.Encoding.UTF8.GetBytes(r.Data)).ToList();
        var parseLean = await MedianMsAsync(() =>
        {
            foreach (var bytes in utf8)
            {
                using var doc = JsonDocument.Parse(bytes);
                var result = new Dictionary<string, object?>(16, StringComparer.Ordinal);
                foreach (var p in doc.RootElement.EnumerateObject()) result[p.Name] = Value(p.Value, types.GetValueOrDefault(p.Name));
            }
            return Task.CompletedTask;
        });
        Note($"roster read of {village} ({rows.Count} rows): ListAsync median {Ms(total)}, allocating {Fmt.Bytes(allocPerCall)} per call " +
             $"({gcs} gen0 GCs in {Rounds + 1} calls). Same SQL on a raw connection: COUNT(*) {Ms(count)}, SELECT reading every column {Ms(select)}; " +
             $"in C#: parsing data JSON into typed values {Ms(parseData)}; " +
             $"the same parse from UTF-8 bytes with a per-type field table and no dictionary copy {Ms(parseLean)}.");
        await SqliteCacheAsync(columns, where);
        await LeanRosterAsync(village, where);
    }

    /// <summary>
    /// ListAsync as suggested: the same query without field_valid_from, values typed through a per-entity-type field table,
    /// the document built from the parsed dictionary (no copy), and no COUNT(*) when the first page is not full.
    /// Opens a pooled connection per call like the store (SQLite: with the store's pragmas).
    /// </summary>
    private async Task LeanRosterAsync(string village, string where)
    {
        var types = catalog.FieldsOf("person").ToDictionary(f => f.Name, f => (FieldType?)f.Type, StringComparer.Ordinal);
        var columns = $"id, entity_type, village_code, version, data, valid_from, retired_on, retired_reason, retired_note, updated_at";
        var sqlite = $"Data Source={storage.SqlitePath};Pooling=True";
        async Task<int> ListAsync(string v)
        {
            DbConnection c = new SqliteConnection(sqlite);
            await c.OpenAsync();
            await using (var pragma = Command(c, "PRAGMA busy_timeout = 10000; PRAGMA synchronous = NORMAL;")) await pragma.ExecuteNonQueryAsync();
            await using var _ = c;
            await using var cmd = Command(c, $"SELECT {columns} FROM entities WHERE {where} ORDER BY id LIMIT @take OFFSET @skip",
                ("@village", v), ("@type", "person"), ("@take", 1000), ("@skip", 0));
            await using var r = await cmd.ExecuteReaderAsync();
            var items = new List<EntityDocument>();
            while (await r.ReadAsync())
            {
                using var doc = JsonDocument.Parse(r.GetString(4));
                var fields = new Dictionary<string, object?>(16, StringComparer.Ordinal);
                foreach (var p in doc.RootElement.EnumerateObject()) fields[p.Name] = Value(p.Value, types.GetValueOrDefault(p.Name));
                items.Add(new EntityDocument(Guid.Parse(r.GetString(0)), r.GetString(1), r.GetString(2), r.GetInt64(3), fields,
                    r.GetFieldValue<DateOnly>(5), r.IsDBNull(6) ? null : new Retirement(r.GetFieldValue<DateOnly>(6), (RetirementReason)r.GetInt32(7), r.IsDBNull(8) ? null : r.GetString(8)),
                    r.GetFieldValue<DateTimeOffset>(9)));
            }
            return items.Count; // a full page would still need the COUNT(*)
        }
        var storeSamples = new Samples();
        var leanSamples = new Samples();
        for (var i = 0; i < Rounds * 2 + 2; i++)
        {
            var v = county.Villages[(i * 7 + 2) % county.Villages.Count];
            var start = Stopwatch.GetTimestamp();
            await store.ListAsync(new EntityQuery(v, "person") { Take = 1000 });
            if (i >= 2) storeSamples.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            start = Stopwatch.GetTimestamp();
            await ListAsync(v);
            if (i >= 2) leanSamples.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }
        Note($"roster read over different villages, interleaved: store ListAsync median {Ms(storeSamples.Median)} p95 {Ms(storeSamples.P95)}; " +
             $"the harness's lean read (the prototype of 322986d: no field_valid_from, per-type field table, no COUNT for a partial page; " +
             $"its own unprepared data source) median {Ms(leanSamples.Median)} p95 {Ms(leanSamples.P95)}.");
    }

    /// <summary>
    /// The roster SELECT over different villages (as the benchmark reads them) on fresh pooled connections with the store's
    /// pragmas, then with a memory map and a larger page cache.
    /// </summary>
    private async Task SqliteCacheAsync(string columns, string where)
    {
        async Task<double> RunAsync(string pragmas)
        {
            var samples = new Samples();
            var connectionString = $"Data Source={storage.SqlitePath};Pooling=True";
            for (var i = 0; i < Rounds * 2; i++)
            {
                var village = county.Villages[(i * 7 + 1) % county.Villages.Count];
                var start = Stopwatch.GetTimestamp();
                await using var c = new SqliteConnection(connectionString);
                await c.OpenAsync();
                await using (var pragma = Command(c, pragmas)) await pragma.ExecuteNonQueryAsync();
                await using var cmd = Command(c, $"SELECT {columns} FROM entities WHERE {where} ORDER BY id LIMIT 1000 OFFSET 0",
                    ("@village", village), ("@type", "person"));
                await using var r = await cmd.ExecuteReaderAsync();
                while (await r.ReadAsync())
                {
                    for (var k = 0; k < r.FieldCount; k++) _ = r.GetValue(k);
                }
                if (i >= 2) samples.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
            return samples.Median;
        }
        var plain = await RunAsync("PRAGMA busy_timeout = 10000; PRAGMA synchronous = NORMAL;");
        SqliteConnection.ClearAllPools();
        var mapped = await RunAsync("PRAGMA busy_timeout = 10000; PRAGMA synchronous = NORMAL; PRAGMA mmap_size = 1073741824; PRAGMA cache_size = -65536;");
        SqliteConnection.ClearAllPools();
        Note($"SQLite roster SELECT over different villages: with the store's pragmas {Ms(plain)}, with mmap_size = 1 GiB and cache_size = 64 MiB {Ms(mapped)}.");
    }

    private async Task AsOfAsync()
    {
        var village = county.Villages[county.Villages.Count / 2];
        var date = new DateOnly(2024, 12, 31); // before the history changes: a replay
        var allocBefore = GC.GetTotalAllocatedBytes(precise: true);
        var total = await MedianMsAsync(() => store.ListAsOfAsync(village, "person", date));
        var allocPerCall = (GC.GetTotalAllocatedBytes(precise: true) - allocBefore) / (Rounds + 1);

        await using var c = await OpenAsync();
        var payloads = new List<string>();
        var sql = $"""
            SELECT seq, village_code, village_seq, entity_id, entity_type, kind, valid_from, period, recorded_at, user_name, source, payload, prev_hash, hash
            FROM events WHERE village_code = @village AND entity_type = @type AND kind <> 3 AND valid_from <= @date ORDER BY valid_from, seq
            """;
        (string, object?)[] ps = [("@village", village), ("@type", "person"), ("@date", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))];
        var select = await MedianMsAsync(async () =>
        {
            payloads.Clear();
            await using var cmd = Command(c, sql, ps);
            await using var r = await cmd.ExecuteReaderAsync();
            while (await r.ReadAsync())
            {
                for (var i = 0; i < r.FieldCount; i++) _ = r.GetValue(i);
                payloads.Add(r.GetString(11));
            }
        });
        var parse = await MedianMsAsync(() =>
        {
            foreach (var p in payloads)
            {
                using var doc = JsonDocument.Parse(p);
                foreach (var change in doc.RootElement.GetProperty("changes").EnumerateArray())
                {
                    var type = catalog.FindField("person", change[0].GetString()!)?.Type;
                    _ = Value(change[1], type);
                    _ = Value(change[2], type);
                }
            }
            return Task.CompletedTask;
        });
        Note($"as-of read of {village} ({payloads.Count} events): ListAsOfAsync median {Ms(total)}, allocating {Fmt.Bytes(allocPerCall)} per call. " +
             $"Same SQL on a raw connection: SELECT reading every column {Ms(select)}; parsing event payloads {Ms(parse)}.");
    }

    /// <summary>Round trip of a trivial statement on an open pooled connection, and of opening one from the pool.</summary>
    private async Task RoundTripAsync()
    {
        await using var c = await OpenAsync();
        var trip = await MedianMsAsync(async () =>
        {
            await using var cmd = Command(c, "SELECT 1");
            await cmd.ExecuteScalarAsync();
        }, 200);
        Note($"one statement round trip (SELECT 1 on an open connection): median {Ms(trip)}.");
    }

    /// <summary>
    /// Re-inserts one village's entities and events into scratch copies of the tables: one statement per row as the store
    /// does now (unprepared, then prepared), and multi-row VALUES.
    /// </summary>
    private async Task InsertStrategiesAsync()
    {
        var village = county.Villages[0];
        await using var c = await OpenAsync();
        var entityCols = "id, county_code, village_code, entity_type, version, data, field_valid_from, valid_from, retired_on, retired_reason, retired_note, search_text, updated_at";
        var eventCols = "county_code, village_code, village_seq, entity_id, entity_type, kind, valid_from, period, recorded_at, user_name, source, payload, prev_hash, hash";
        var entities = await ReadRowsAsync(c, $"SELECT {entityCols} FROM entities WHERE village_code = @v", village);
        var events = await ReadRowsAsync(c, $"SELECT {eventCols} FROM events WHERE village_code = @v AND kind = 0", village);
        var entityNames = entityCols.Split(", ");
        var eventNames = eventCols.Split(", ");
        var idIndex = Array.IndexOf(entityNames, "id");

        static string Scratch(string table) => "scratch_" + table;
        async Task ResetAsync()
        {
            foreach (var table in new[] { "entities", "events" })
            {
                await using var drop = Command(c, $"DROP TABLE IF EXISTS {Scratch(table)}");
                await drop.ExecuteNonQueryAsync();
                // SQLite has no CREATE TABLE LIKE: replay the store's DDL for the table and its indexes under the scratch name.
                await using var ddl = Command(c, "SELECT sql FROM sqlite_master WHERE tbl_name = @t AND sql IS NOT NULL", ("@t", table));
                var statements = new List<string>();
                await using (var r = await ddl.ExecuteReaderAsync())
                    while (await r.ReadAsync()) statements.Add(r.GetString(0));
                foreach (var s in statements)
                {
                    var scratchSql = s.Replace($"TABLE {table}", $"TABLE scratch_{table}").Replace($" ON {table}", $" ON scratch_{table}")
                        .Replace("INDEX ix_", "INDEX scratch_ix_").Replace("INDEX ux_", "INDEX scratch_ux_");
                    await using var create = Command(c, scratchSql);
                    await create.ExecuteNonQueryAsync();
                }
            }
        }

        object?[] Fresh(object?[] row)
        {
            var copy = (object?[])row.Clone();
            copy[idIndex] = Guid.CreateVersion7().ToString("D");
            return copy;
        }

        string EntityValues(string suffix) => string.Join(", ", entityNames.Select(n => n is "data" or "field_valid_from" ? $"json(@{n}{suffix})" : "@" + n + suffix));
        string EventValues(string suffix) => string.Join(", ", eventNames.Select(n => "@" + n + suffix));

        async Task<double> TimeAsync(Func<DbTransaction, Task> insert)
        {
            await ResetAsync();
            var start = Stopwatch.GetTimestamp();
            await using var tx = await c.BeginTransactionAsync();
            await insert(tx);
            await tx.CommitAsync();
            return Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }

        async Task RowByRow(DbTransaction tx, bool prepare)
        {
            await using var ins = Command(c, $"INSERT INTO {Scratch("entities")} ({entityCols}) VALUES ({EntityValues("")})");
            ins.Transaction = tx;
            foreach (var n in entityNames) ins.Parameters.Add(Parameter(ins, "@" + n, null));
            if (prepare) await ins.PrepareAsync();
            foreach (var row in entities)
            {
                var fresh = Fresh(row);
                for (var i = 0; i < entityNames.Length; i++) ins.Parameters[i].Value = fresh[i] ?? DBNull.Value;
                await ins.ExecuteNonQueryAsync();
            }
            await using var ev = Command(c, $"INSERT INTO {Scratch("events")} ({eventCols}) VALUES ({EventValues("")})");
            ev.Transaction = tx;
            foreach (var n in eventNames) ev.Parameters.Add(Parameter(ev, "@" + n, null));
            if (prepare) await ev.PrepareAsync();
            foreach (var row in events)
            {
                for (var i = 0; i < eventNames.Length; i++) ev.Parameters[i].Value = row[i] ?? DBNull.Value;
                await ev.ExecuteNonQueryAsync();
            }
        }

        async Task MultiRow(DbTransaction tx, int rowsPerStatement)
        {
            foreach (var (rows, names, table, values) in new[]
                     {
                         (entities.Select(Fresh).ToList(), entityNames, "entities", (Func<string, string>)EntityValues),
                         (events, eventNames, "events", EventValues),
                     })
            {
                foreach (var chunk in rows.Chunk(rowsPerStatement))
                {
                    await using var cmd = Command(c, "");
                    cmd.Transaction = tx;
                    var tuples = new List<string>();
                    for (var r = 0; r < chunk.Length; r++)
                    {
                        tuples.Add("(" + values("_" + r) + ")");
                        for (var i = 0; i < names.Length; i++) cmd.Parameters.Add(Parameter(cmd, $"@{names[i]}_{r}", chunk[r][i]));
                    }
                    cmd.CommandText = $"INSERT INTO {Scratch(table)} ({string.Join(", ", names)}) VALUES {string.Join(", ", tuples)}";
                    await cmd.ExecuteNonQueryAsync();
                }
            }
        }

        var results = new List<string>();
        var rowByRow = await TimeAsync(tx => RowByRow(tx, prepare: false));
        results.Add($"one INSERT per row, unprepared {Ms(rowByRow)}");
        var prepared = await TimeAsync(tx => RowByRow(tx, prepare: true));
        results.Add($"one INSERT per row, prepared (the SQLite store's way) {Ms(prepared)}");
        var multi = await TimeAsync(tx => MultiRow(tx, 100));
        results.Add($"multi-row INSERT … VALUES of 100 rows {Ms(multi)}");
        foreach (var table in new[] { "entities", "events" })
        {
            await using var drop = Command(c, $"DROP TABLE IF EXISTS {Scratch(table)}");
            await drop.ExecuteNonQueryAsync();
        }
        Note($"inserting one village's {entities.Count} entity rows + {events.Count} event rows in one transaction into scratch copies of the tables " +
             $"(same indexes): {string.Join("; ", results)}.");
    }

    private static DbParameter Parameter(DbCommand command, string name, object? value)
    {
        var p = command.CreateParameter();
        p.ParameterName = name;
        p.Value = value ?? DBNull.Value;
        return p;
    }

    private static async Task<List<object?[]>> ReadRowsAsync(DbConnection c, string sql, string village)
    {
        await using var cmd = Command(c, sql, ("@v", village));
        await using var r = await cmd.ExecuteReaderAsync();
        var rows = new List<object?[]>();
        while (await r.ReadAsync())
        {
            var row = new object?[r.FieldCount];
            for (var i = 0; i < r.FieldCount; i++)
            {
                row[i] = r.IsDBNull(i) ? null : r.GetFieldType(i) == typeof(string) ? r.GetString(i) : r.GetValue(i);
            }
            rows.Add(row);
        }
        return rows;
    }

    private void ParseFields(string type, string json)
    {
        using var doc = JsonDocument.Parse(json);
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var p in doc.RootElement.EnumerateObject()) result[p.Name] = Value(p.Value, catalog.FindField(type, p.Name)?.Type);
        _ = new Dictionary<string, object?>(result); // ToDocument copies the dictionary
    }

    private static object? Value(JsonElement e, FieldType? type) => e.ValueKind switch
    {
        JsonValueKind.Null => null,
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Number => type == FieldType.Int ? e.GetInt64() : e.GetDecimal(),
        JsonValueKind.String when type == FieldType.Date => DateOnly.ParseExact(e.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture),
        JsonValueKind.String => e.GetString(),
        _ => e.GetRawText(),
    };
}
