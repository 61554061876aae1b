using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using FormHub.Storage.Model;
using FormHub.Storage.Shared;
using Npgsql;

namespace FormHub.Storage.Marten;

/// <summary>Current records and periodic values, read with SQL over Marten's document tables (columns and JSON paths).</summary>
public sealed partial class MartenFormHubStore
{
    /// <summary>What a document read needs, in the order <see cref="ReadDocument"/> reads it (from <see cref="EntitiesWithValues"/>).</summary>
    /// <remarks>
    /// Values, retirement and update time come as binary <c>jsonb</c> (UTF-8 text that <see cref="JsonbColumnReader"/> hands
    /// to Utf8JsonReader): a <c>CAST(… AS text)</c> cost a string per document and its re-encoding to UTF-8, and parsing
    /// the update time as text went through culture-aware date parsing, the largest client cost of a 999-person roster.
    /// </remarks>
    private const string DocumentColumns =
        "e.id, e.entity_type, e.village_code, r.version, r.data, r.\"validFrom\", r.retirement, r.\"updatedAt\"";

    /// <summary>
    /// The record table <c>e</c> with the document's members as columns <c>r</c>: one pass over each (often compressed)
    /// document instead of one decompression and lookup per <c>-&gt;</c> (a roster reads 999 of them). Conditions name
    /// the document as <c>e.data</c>.
    /// </summary>
    private string EntitiesWithValues => ValuesOf(T("mt_doc_entities"));

    /// <summary>
    /// <paramref name="records"/> (a table or a parenthesized subquery over it) as <c>e</c>, with its documents' members as
    /// columns <c>r</c>. A page passes its already limited subquery, so only the rows it returns are expanded.
    /// </summary>
    private static string ValuesOf(string records) =>
        $"{records} AS e CROSS JOIN LATERAL jsonb_to_record(e.data) AS r(version bigint, data jsonb, \"validFrom\" text, retirement jsonb, \"updatedAt\" jsonb)";

    // wanted: per type, which of its catalog fields to keep (FieldValueJson.Wanted); null keeps every field.
    private EntityDocument ReadDocument(NpgsqlDataReader r, JsonbColumnReader jsonb, IReadOnlyDictionary<string, bool[]>? wanted = null)
    {
        var type = r.GetString(1);
        var fields = FieldValueJson.ReadObject(jsonb.Read(r, 4), type, Catalog, wanted?[type]);
        var retirement = r.IsDBNull(6) ? null : ReadRetirement(jsonb.Read(r, 6));
        var updated = new Utf8JsonReader(jsonb.Read(r, 7));
        updated.Read();
        return new EntityDocument(r.GetGuid(0), type, r.GetString(2), r.GetInt64(3), fields, ParseDate(r.GetString(5)), retirement,
            updated.GetDateTimeOffset());
    }

    private static DateOnly ParseDate(string s) => FieldValueJson.ParseDate(s);

    private static Retirement? ReadRetirement(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        using var doc = JsonDocument.ParseValue(ref reader);
        return ReadRetirement(doc.RootElement);
    }

    private static Retirement? ReadRetirement(string? json)
    {
        if (json is null) return null;
        using var doc = JsonDocument.Parse(json);
        return ReadRetirement(doc.RootElement);
    }

    private static Retirement? ReadRetirement(JsonElement e)
    {
        if (e.ValueKind != JsonValueKind.Object) return null;
        return new Retirement(ParseDate(e.GetProperty("date").GetString()!), (RetirementReason)e.GetProperty("reason").GetInt32(),
            e.TryGetProperty("note", out var note) && note.ValueKind == JsonValueKind.String ? note.GetString() : null);
    }

    /// <summary>A stored record as a save works on it.</summary>
    internal EntityState ToState(EntityRecord r) => new()
    {
        Id = r.Id,
        EntityType = r.EntityType,
        VillageCode = r.VillageCode,
        CountyCode = r.CountyCode,
        StoredVersion = r.Version,
        Version = r.Version,
        Fields = FieldValueJson.ReadObject(r.Data.ValueKind == JsonValueKind.Object ? r.Data.GetRawText() : "{}", r.EntityType, Catalog),
        FieldValidFrom = r.FieldValidFrom is null ? new(StringComparer.Ordinal) : new Dictionary<string, DateOnly>(r.FieldValidFrom, StringComparer.Ordinal),
        ValidFrom = r.ValidFrom,
        Retirement = r.Retirement,
    };

    /// <summary>The document a save writes for <paramref name="e"/>.</summary>
    internal EntityRecord ToRecord(EntityState e, DateTimeOffset updatedAt) => new()
    {
        Id = e.Id,
        EntityType = e.EntityType,
        VillageCode = e.VillageCode,
        CountyCode = e.CountyCode,
        Version = e.Version,
        Data = JsonElementOf(w => WriteFields(w, e.Fields)),
        FieldValidFrom = e.StoredFieldDates() is { Count: > 0 } dates ? dates : null,
        ValidFrom = e.ValidFrom,
        Retirement = e.Retirement,
        RetiredOn = e.Retirement?.Date,
        SearchText = SearchText.For(Catalog.FindEntityType(e.EntityType), e.Fields),
        UpdatedAt = updatedAt,
    };

    internal static JsonElement JsonElementOf(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return doc.RootElement.Clone();
    }

    [ThreadStatic] private static ArrayBufferWriter<byte>? _written;

    /// <summary>
    /// The JSON <paramref name="write"/> writes, as an element, in UTF-8 from writer to parser: a county load writes
    /// 400,000 records, each of which went writer → string → parser (back to UTF-8) → a copy of the parsed document.
    /// The element owns its bytes (<see cref="JsonElement.ParseValue"/> copies them), so the buffer is reused.
    /// </summary>
    internal static JsonElement JsonElementOf(Action<Utf8JsonWriter> write)
    {
        var buffer = _written ??= new ArrayBufferWriter<byte>(1024);
        buffer.ResetWrittenCount();
        using (var writer = new Utf8JsonWriter(buffer, FieldValueJson.WriterOptions)) write(writer);
        var reader = new Utf8JsonReader(buffer.WrittenSpan);
        return JsonElement.ParseValue(ref reader);
    }

    /// <summary>A record's fields as <see cref="FieldValueJson.WriteObject"/> writes them (the same bytes).</summary>
    private static void WriteFields(Utf8JsonWriter w, IEnumerable<KeyValuePair<string, object?>> fields)
    {
        w.WriteStartObject();
        foreach (var (name, value) in fields)
        {
            w.WritePropertyName(name);
            FieldValueJson.WriteValue(w, value);
        }
        w.WriteEndObject();
    }

    private async Task<List<EntityDocument>> ReadDocumentsAsync(string sql, Action<NpgsqlParameterCollection> parameters, CancellationToken ct)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(ct);
        await using var command = new NpgsqlCommand(sql, connection);
        parameters(command.Parameters);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var documents = new List<EntityDocument>();
        using var jsonb = new JsonbColumnReader();
        while (await reader.ReadAsync(ct)) documents.Add(ReadDocument(reader, jsonb));
        return documents;
    }

    public async Task<EntityDocument?> GetAsync(Guid entityId, CancellationToken ct = default) =>
        (await ReadDocumentsAsync($"SELECT {DocumentColumns} FROM {EntitiesWithValues} WHERE e.id = @id", p => p.AddWithValue("id", entityId), ct))
        .FirstOrDefault();

    public async Task<IReadOnlyDictionary<Guid, EntityDocument>> GetManyAsync(IReadOnlyCollection<Guid> entityIds, CancellationToken ct = default)
    {
        if (entityIds.Count == 0) return new Dictionary<Guid, EntityDocument>();
        var documents = await ReadDocumentsAsync($"SELECT {DocumentColumns} FROM {EntitiesWithValues} WHERE e.id = ANY(@ids)",
            p => p.AddWithValue("ids", entityIds.Distinct().ToArray()), ct);
        return documents.ToDictionary(d => d.Id);
    }

    public async Task<EntityPage> ListAsync(EntityQuery query, CancellationToken ct = default)
    {
        var where = new StringBuilder("village_code = @village AND entity_type = @type");
        var parameters = new List<(string, object)> { ("village", query.VillageCode), ("type", query.EntityType) };
        if (!query.IncludeRetired) where.Append(" AND retired_on IS NULL");

        var i = 0;
        foreach (var (name, value) in EntityFilters.Check(Catalog, query, Today))
        {
            var parameter = "f" + i++;
            parameters.Add((parameter + "n", name));
            if (value is null)
            {
                where.Append($" AND NOT (e.data -> 'data' ? @{parameter}n)");
                continue;
            }
            // Containment within the record's values: {"data": {field: value}}.
            where.Append($" AND e.data @> CAST(@{parameter} AS jsonb)");
            parameters.Add((parameter, "{\"data\":" + FieldValueJson.WriteObject([KeyValuePair.Create<string, object?>(name, value)]) + "}"));
        }

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            where.Append(" AND search_text LIKE @search ESCAPE '\\'");
            parameters.Add(("search", "%" + EscapeLike(SearchText.Normalize(query.Search)) + "%"));
        }

        var take = Math.Clamp(query.Take, 1, 1000);
        var skip = Math.Max(0, query.Skip);
        // Limit first, expand after: the lateral expansion below a sort ran on every record of the village (149 for a page
        // of 20: 2.0 ms against 0.3 ms per roster page in the paced web bench, the largest PostgreSQL statement there).
        // The total comes with the page (a window count over the same rows), not from a second round trip. The window
        // counts ids only and the page's documents are fetched by id after the limit: a window over whole rows copied
        // every matching document (150 of ~1.4 kB for a page of 20) into its buffer.
        var page = $"(SELECT p.total, e.* FROM (SELECT e.id, count(*) OVER () AS total FROM {T("mt_doc_entities")} AS e WHERE {where} ORDER BY e.id LIMIT @take OFFSET @skip) AS p JOIN {T("mt_doc_entities")} AS e ON e.id = p.id)";
        var items = new List<EntityDocument>();
        long? total = null;
        var periods = query.PeriodicPeriods is { Count: > 0 } wanted ? wanted.ToArray() : null;
        List<PeriodicValue>? periodic = periods is null ? null : [];
        await using (var connection = await _dataSource.OpenConnectionAsync(ct))
        await using (var command = new NpgsqlCommand($"SELECT {DocumentColumns}, e.total{(periods is null ? "" : ", pv.values")} FROM {ValuesOf(page)}{(periods is null ? "" : PageValues)} ORDER BY e.id", connection))
        {
            foreach (var (n, v) in parameters) command.Parameters.AddWithValue(n, v);
            command.Parameters.AddWithValue("take", take);
            command.Parameters.AddWithValue("skip", skip);
            if (periods is not null) command.Parameters.AddWithValue("periods", periods);
            await using var reader = await command.ExecuteReaderAsync(ct);
            using var jsonb = new JsonbColumnReader();
            while (await reader.ReadAsync(ct))
            {
                var document = ReadDocument(reader, jsonb);
                items.Add(document);
                total = reader.GetInt64(8);
                if (periodic is not null && !reader.IsDBNull(9)) AddPageValues(periodic, document.Id, jsonb.Read(reader, 9));
            }
        }
        if (total is { } counted) return new EntityPage(items, (int)counted) { PeriodicValues = periodic };
        // No row came back: an empty roster, or a page past its end, which still answers the total.
        if (skip == 0) return new EntityPage(items, 0) { PeriodicValues = periodic };
        await using var countConnection = await _dataSource.OpenConnectionAsync(ct);
        await using var count = new NpgsqlCommand($"SELECT COUNT(*) FROM {T("mt_doc_entities")} AS e WHERE {where}", countConnection);
        foreach (var (n, v) in parameters) count.Parameters.AddWithValue(n, v);
        return new EntityPage(items, (int)(long)(await count.ExecuteScalarAsync(ct))!) { PeriodicValues = periodic };
    }

    /// <summary>
    /// Each page row's periodic values of <c>@periods</c> (tombstones included) as one <c>jsonb</c> array of
    /// [type, field, period, value, version], by field and period: the page's values in its own round trip (they were a
    /// second read), looked up by record id as that read did.
    /// </summary>
    private string PageValues =>
        $"""
         LEFT JOIN LATERAL (SELECT jsonb_agg(jsonb_build_array(v.data ->> 'entityType', v.data ->> 'field', v.period, v.data -> 'value', v.data -> 'version')
            ORDER BY v.data ->> 'field', v.period) AS values
            FROM {T("mt_doc_periodic_values")} AS v WHERE v.entity_id = e.id AND v.village_code = @village AND v.period = ANY(@periods)) AS pv ON true
        """;

    /// <summary>The values of one page row as <see cref="PageValues"/> brings them, in the order a periodic value read returns them.</summary>
    private void AddPageValues(List<PeriodicValue> values, Guid entity, ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        using var doc = JsonDocument.ParseValue(ref reader);
        foreach (var row in doc.RootElement.EnumerateArray())
        {
            var type = row[0].GetString()!;
            var field = row[1].GetString()!;
            values.Add(new PeriodicValue(entity, type, field, row[2].GetString()!, FieldValueJson.ReadValue(row[3], Catalog.FindField(type, field)?.Type), row[4].GetInt64()));
        }
    }

    private static string EscapeLike(string s) => s.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");

    /// <summary>A cleared periodic value stays as a tombstone (JSON null) so its version keeps counting; value reads skip it.</summary>
    private const string PeriodicPresent = "jsonb_typeof(data -> 'value') <> 'null'";

    /// <summary>The value as binary <c>jsonb</c>, read without a string or a JsonDocument per value (see <see cref="JsonbColumnReader"/>).</summary>
    private const string PeriodicColumns = "entity_id, data ->> 'entityType', data ->> 'field', period, data -> 'value', CAST(data ->> 'version' AS bigint)";

    public async Task<IReadOnlyList<PeriodicValue>> GetPeriodicValuesAsync(string villageCode, string period, string? entityType = null, CancellationToken ct = default) =>
        await ReadPeriodicValuesAsync(
            $"""
            SELECT {PeriodicColumns} FROM {T("mt_doc_periodic_values")}
            WHERE village_code = @village AND period = @period AND {PeriodicPresent} {(entityType is null ? "" : "AND data ->> 'entityType' = @type")}
            ORDER BY entity_id, data ->> 'field'
            """, p =>
            {
                p.AddWithValue("village", villageCode);
                p.AddWithValue("period", period);
                if (entityType is not null) p.AddWithValue("type", entityType);
            }, ct);

    public async Task<IReadOnlyList<PeriodicValue>> GetPeriodicValuesAsync(string villageCode, IReadOnlyCollection<string> periods, IReadOnlyCollection<Guid>? entityIds,
        CancellationToken ct = default)
    {
        if (periods.Count == 0 || entityIds is { Count: 0 }) return [];
        return await ReadPeriodicValuesAsync(
            $"""
            SELECT {PeriodicColumns} FROM {T("mt_doc_periodic_values")}
            WHERE village_code = @village AND period = ANY(@periods) {(entityIds is null ? "" : "AND entity_id = ANY(@ids)")}
            ORDER BY entity_id, data ->> 'field', period
            """, p =>
            {
                p.AddWithValue("village", villageCode);
                p.AddWithValue("periods", periods.ToArray());
                if (entityIds is not null) p.AddWithValue("ids", entityIds.ToArray());
            }, ct);
    }

    private async Task<List<PeriodicValue>> ReadPeriodicValuesAsync(string sql, Action<NpgsqlParameterCollection> parameters, CancellationToken ct)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(ct);
        await using var command = new NpgsqlCommand(sql, connection);
        parameters(command.Parameters);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var values = new List<PeriodicValue>();
        using var jsonb = new JsonbColumnReader();
        while (await reader.ReadAsync(ct))
        {
            var type = reader.GetString(1);
            var field = reader.GetString(2);
            values.Add(new PeriodicValue(reader.GetGuid(0), type, field, reader.GetString(3),
                FieldValueJson.ReadValue(jsonb.Read(reader, 4), Catalog.FindField(type, field)?.Type), reader.GetInt64(5)));
        }
        return values;
    }
}
