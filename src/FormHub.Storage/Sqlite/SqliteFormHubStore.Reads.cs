using FormHub.Core.OrgUnits;
using FormHub.Storage.Shared;
using System.Data.Common;
using System.Text;
using System.Text.Json;
using FormHub.Storage.Model;

namespace FormHub.Storage.Sqlite;

public sealed partial class SqliteFormHubStore
{
    internal string EntityColumns =>
        $"id, entity_type, village_code, county_code, version, data, field_valid_from, " +
        "valid_from, retired_on, retired_reason, retired_note, updated_at";

    internal EntityState ReadEntityState(DbDataReader r)
    {
        var type = r.GetString(1);
        var validFrom = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        using (var doc = JsonDocument.Parse(r.GetString(6)))
        {
            foreach (var p in doc.RootElement.EnumerateObject())
            {
                validFrom[p.Name] = DateOnly.ParseExact(p.Value.GetString()!, "yyyy-MM-dd");
            }
        }
        return new EntityState
        {
            Id = SqliteIds.Read(r, 0),
            EntityType = type,
            VillageCode = r.GetString(2),
            CountyCode = r.GetString(3),
            StoredVersion = r.GetInt64(4),
            Version = r.GetInt64(4),
            Fields = FieldValueJson.ReadObject(r.GetString(5), type, Catalog),
            FieldValidFrom = validFrom,
            ValidFrom = r.GetFieldValue<DateOnly>(7),
            Retirement = r.IsDBNull(8) ? null
                : new Retirement(r.GetFieldValue<DateOnly>(8), (RetirementReason)r.GetInt32(9), r.IsDBNull(10) ? null : r.GetString(10)),
        };
    }

    /// <summary>Columns reads need: as <see cref="EntityColumns"/> without field_valid_from, which only writes use.</summary>
    internal string DocumentColumns =>
        $"id, entity_type, village_code, county_code, version, data, NULL, " +
        "valid_from, retired_on, retired_reason, retired_note, updated_at";

    /// <summary>Builds a document straight from a row of <see cref="DocumentColumns"/>: rosters read a thousand at a time.</summary>
    private EntityDocument ReadDocument(DbDataReader r)
    {
        var type = r.GetString(1);
        return new EntityDocument(
            SqliteIds.Read(r, 0),
            type,
            r.GetString(2),
            r.GetInt64(4),
            FieldValueJson.ReadObject(r.GetString(5), type, Catalog),
            r.GetFieldValue<DateOnly>(7),
            r.IsDBNull(8) ? null : new Retirement(r.GetFieldValue<DateOnly>(8), (RetirementReason)r.GetInt32(9), r.IsDBNull(10) ? null : r.GetString(10)),
            r.GetFieldValue<DateTimeOffset>(11));
    }

    public async Task<EntityDocument?> GetAsync(Guid entityId, CancellationToken ct = default)
    {
        await using var connection = await OpenAsync(ct);
        await using var command = connection.Command($"SELECT {DocumentColumns} FROM entities WHERE id = @id")
            .With("@id", SqliteIds.Text(entityId));
        await using var reader = await command.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? ReadDocument(reader) : null;
    }

    public async Task<IReadOnlyDictionary<Guid, EntityDocument>> GetManyAsync(IReadOnlyCollection<Guid> entityIds, CancellationToken ct = default)
    {
        var found = new Dictionary<Guid, EntityDocument>();
        if (entityIds.Count == 0) return found;
        await using var connection = await OpenAsync(ct);
        // In slices: SQLite allows a limited number of parameters per statement.
        foreach (var slice in entityIds.Distinct().Chunk(500))
        {
            await using var command = connection.Command("");
            command.CommandText = $"SELECT {DocumentColumns} FROM entities WHERE id IN ({command.WithList("@i", slice.Select(SqliteIds.Text))})";
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                var doc = ReadDocument(reader);
                found[doc.Id] = doc;
            }
        }
        return found;
    }

    public async Task<EntityPage> ListAsync(EntityQuery query, CancellationToken ct = default)
    {
        var where = new StringBuilder("village_code = @village AND entity_type = @type");
        var parameters = new List<(string, object?)> { ("@village", query.VillageCode), ("@type", query.EntityType) };
        if (!query.IncludeRetired) where.Append(" AND retired_on IS NULL");

        var i = 0;
        foreach (var (name, value) in EntityFilters.Check(Catalog, query, Today))
        {
            var parameter = "@f" + i++;
            if (value is null)
            {
                where.Append($" AND {FieldEquals(name, null, parameter).Sql}");
                continue;
            }
            var (sql, bound) = FieldEquals(name, value, parameter);
            where.Append(" AND ").Append(sql);
            parameters.Add((parameter, bound));
        }

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            where.Append(" AND search_text LIKE @search ESCAPE '\\'");
            parameters.Add(("@search", "%" + EscapeLike(SearchText.Normalize(query.Search)) + "%"));
        }

        await using var connection = await OpenAsync(ct);
        var take = Math.Clamp(query.Take, 1, 1000);
        var skip = Math.Max(0, query.Skip);
        await using var command = connection.Command(
            $"SELECT {DocumentColumns} FROM entities WHERE {where} ORDER BY id LIMIT @take OFFSET @skip");
        foreach (var (n, v) in parameters) command.With(n, v);
        command.With("@take", take).With("@skip", skip);
        var items = new List<EntityDocument>();
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct)) items.Add(ReadDocument(reader));
        }

        // A short first page already tells the total; only a full or later page needs counting.
        if (skip == 0 && items.Count < take) return new EntityPage(items, items.Count);
        await using var count = connection.Command($"SELECT COUNT(*) FROM entities WHERE {where}");
        foreach (var (n, v) in parameters) count.With(n, v);
        return new EntityPage(items, (int)await count.ScalarLongAsync(ct));
    }

    /// <summary>A WHERE fragment matching records whose field equals a value, and the parameter value to bind.</summary>
    private static (string Sql, object Value) FieldEquals(string field, object? value, string parameter) => value switch
    {
        null => ($"json_extract(data, '$.{field}') IS NULL", DBNull.Value),
        // json_extract yields 1/0 for true/false and REAL or INTEGER for numbers; compare like with like.
        bool b => ($"json_extract(data, '$.{field}') = {parameter}", b ? 1 : 0),
        decimal d => ($"json_extract(data, '$.{field}') = {parameter}", (double)d),
        DateOnly d => ($"json_extract(data, '$.{field}') = {parameter}", d.ToString("yyyy-MM-dd")),
        _ => ($"json_extract(data, '$.{field}') = {parameter}", value),
    };

    private static string EscapeLike(string s) => s.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");

    public async Task<IReadOnlyList<PeriodicValue>> GetPeriodicValuesAsync(string villageCode, string period, string? entityType = null, CancellationToken ct = default)
    {
        await using var connection = await OpenAsync(ct);
        await using var command = connection.Command(
            $"""
            SELECT entity_id, entity_type, field, period, value, version FROM periodic_values
            WHERE village_code = @village AND period = @period AND {PeriodicPresent} {(entityType is null ? "" : "AND entity_type = @type")}
            ORDER BY entity_id, field
            """)
            .With("@village", villageCode).With("@period", period);
        if (entityType is not null) command.With("@type", entityType);
        return await ReadPeriodicValuesAsync(command, ct);
    }

    public async Task<IReadOnlyList<PeriodicValue>> GetPeriodicValuesAsync(string villageCode, IReadOnlyCollection<string> periods, IReadOnlyCollection<Guid>? entityIds,
        CancellationToken ct = default)
    {
        if (periods.Count == 0 || entityIds is { Count: 0 }) return [];
        await using var connection = await OpenAsync(ct);
        if (entityIds is null) return ReadVillagePeriodicValues(connection, villageCode, periods);
        // By the county and the ids (the primary key's prefix: a few rows each) rather than the village and periods (every
        // value of the village in them, each looked up in the table to test its id).
        var county = RegionCode.TryParse(villageCode, out var code, out _) ? code.CountyCode : "";
        await using var command = connection.Command("").With("@village", villageCode).With("@county", county);
        var entities = $"county_code = @county AND entity_id IN ({command.WithList("@i", entityIds.Select(SqliteIds.Text))})";
        command.CommandText = $"""
            SELECT entity_id, entity_type, field, period, value, version FROM periodic_values
            WHERE {entities} AND village_code = @village AND period IN ({command.WithList("@p", periods)})
            ORDER BY entity_id, field, period
            """;
        return await ReadPeriodicValuesAsync(command, ct);
    }

    /// <summary>The periodic values of a county's entities (@county, then the lists of parameters given), sought by the primary key.</summary>
    internal static string ManyVillagesPeriodicQuery(string entityIds, string villages, string periods) =>
        $"""
        SELECT entity_id, entity_type, field, period, value, version FROM periodic_values
        WHERE county_code = @county AND entity_id IN ({entityIds}) AND village_code IN ({villages}) AND period IN ({periods})
        ORDER BY entity_id, field, period
        """;

    /// <summary>
    /// One connection, and per county one statement over the primary key's (county, id) prefix for every village's entities,
    /// each value then kept when its village asked its period.
    /// </summary>
    public async Task<IReadOnlyList<PeriodicValue>> GetPeriodicValuesAsync(IReadOnlyCollection<PeriodicValuesRead> reads, CancellationToken ct = default)
    {
        var values = new List<PeriodicValue>();
        var asked = reads.Where(r => r.Periods.Count > 0 && r.EntityIds.Count > 0).ToList();
        if (asked.Count == 0) return values;
        // An entity lives in one village: its id tells whose periods to keep.
        var periodsOf = new Dictionary<Guid, IReadOnlyCollection<string>>();
        foreach (var read in asked)
            foreach (var id in read.EntityIds) periodsOf.TryAdd(id, read.Periods);
        await using var connection = await OpenAsync(ct);
        foreach (var county in asked.GroupBy(r => RegionCode.TryParse(r.VillageCode, out var code, out _) ? code.CountyCode : ""))
        {
            var villages = county.Select(r => r.VillageCode).Distinct().ToList();
            var periods = county.SelectMany(r => r.Periods).Distinct().ToList();
            // In slices: SQLite allows a limited number of parameters per statement.
            foreach (var slice in county.SelectMany(r => r.EntityIds).Distinct().Chunk(500))
            {
                await using var command = connection.Command("").With("@county", county.Key);
                command.CommandText = ManyVillagesPeriodicQuery(
                    command.WithList("@i", slice.Select(SqliteIds.Text)), command.WithList("@v", villages), command.WithList("@p", periods));
                foreach (var value in await ReadPeriodicValuesAsync(command, ct))
                    if (periodsOf[value.EntityId].Contains(value.Period)) values.Add(value);
            }
        }
        return values;
    }

    /// <summary>
    /// Every periodic value of a village in <paramref name="periods"/>, cleared ones (null) too, as derivation reads them
    /// for a report period (a 年报 reads twelve months and the year): through <see cref="SqliteRawQuery"/>, each value parsed from SQLite's UTF-8
    /// and its type, field and period strings the catalog's and the caller's instances rather than new ones per row.
    /// </summary>
    private List<PeriodicValue> ReadVillagePeriodicValues(System.Data.Common.DbConnection connection, string villageCode, IReadOnlyCollection<string> periods)
    {
        var keys = SqliteRawQuery.WithUtf8(periods);
        using var query = new SqliteRawQuery((Microsoft.Data.Sqlite.SqliteConnection)connection,
                $"""
                SELECT entity_id, entity_type, field, period, value, version FROM periodic_values
                WHERE village_code = @village AND period IN ({SqliteRawQuery.ListNames("@p", keys.Count)})
                ORDER BY entity_id, field, period
                """);
        // Bound once owned: a Bind that throws must not leak the prepared statement.
        query.Bind("@village", villageCode).BindList("@p", keys.Select(k => k.Text));
        var values = new List<PeriodicValue>();
        while (query.Read())
        {
            var type = query.String(1);
            var name = query.String(2);
            var field = Catalog.FindField(type, name);
            var period = query.Known(3, keys);
            values.Add(new PeriodicValue(query.Id(0), field?.EntityType ?? type, field?.Name ?? name, period, FieldValueJson.ReadValue(query.Utf8(4), field?.Type), query.Int64(5)));
        }
        return values;
    }

    /// <summary>
    /// A cleared periodic value stays as a row holding JSON null (a tombstone) so its version keeps counting: a writer who
    /// read the value before it was cleared and set again must still be told it changed. Reads of values skip tombstones.
    /// </summary>
    internal const string PeriodicPresent = "value <> 'null'";

    private async Task<List<PeriodicValue>> ReadPeriodicValuesAsync(DbCommand command, CancellationToken ct)
    {
        await using var reader = await command.ExecuteReaderAsync(ct);
        var values = new List<PeriodicValue>();
        while (await reader.ReadAsync(ct))
        {
            var type = reader.GetString(1);
            var field = reader.GetString(2);
            using var doc = JsonDocument.Parse(reader.GetString(4));
            values.Add(new PeriodicValue(SqliteIds.Read(reader, 0), type, field, reader.GetString(3),
                FieldValueJson.ReadValue(doc.RootElement, Catalog.FindField(type, field)?.Type), reader.GetInt64(5)));
        }
        return values;
    }
}
