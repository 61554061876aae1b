using System.Buffers;
using System.Buffers.Binary;
using System.Globalization;
using System.Text.Json;
using FormHub.Storage.Shared;
using Npgsql;
using NpgsqlTypes;

namespace FormHub.Storage.Marten;

/// <summary>
/// A load's new records and ID claims written by FormHub's own binary COPY into Marten's document tables: each document's
/// JSON written once, in UTF-8, from the save's state. Marten's bulk loader (<see cref="CopyNewDocumentsAsync"/>) took each
/// record through a <see cref="JsonElement"/> (written, then parsed), its serializer (written again, as a string) and
/// Npgsql's transcoding of that string back to UTF-8, and drew a random version per document (a system call each on this
/// glibc): most of the harness's per-record cost of a county load (400,000 records, 300,000 claims). Same columns, same
/// values and the same JSON members (camelCase, null members left out) as Marten's serializer writes, so Marten reads,
/// updates and version-checks these documents like its own.
/// </summary>
public sealed partial class MartenFormHubStore
{
    /// <summary>Marten's <c>mt_dotnet_type</c> of the two document types (what its loader writes: the type's full name).</summary>
    private static readonly string RecordDotnetType = typeof(EntityRecord).FullName!;
    private static readonly string ClaimDotnetType = typeof(IdentityClaim).FullName!;

    /// <summary>
    /// Inserts the new records <paramref name="records"/> (version 1, no retirement, no field dated apart from the record:
    /// what a load creates; <see cref="CopiesAsNew"/>) inside the transaction open on <paramref name="connection"/>.
    /// </summary>
    internal async Task CopyNewRecordsAsync(NpgsqlConnection connection, IReadOnlyList<EntityState> records, DateTimeOffset updatedAt, CancellationToken ct)
    {
        if (records.Count == 0) return;
        var catalog = Catalog;
        var versions = new CopyVersions();
        using var json = new JsonRow(2048);
        await using var importer = await connection.BeginBinaryImportAsync(
            $"COPY {T("mt_doc_entities")} (id, data, mt_version, mt_dotnet_type, mt_last_modified, village_code, entity_type, retired_on, search_text, county_code) FROM STDIN (FORMAT BINARY)",
            ct);
        foreach (var e in records)
        {
            var searchText = SearchText.For(catalog.FindEntityType(e.EntityType), e.Fields);
            var data = json.Write((e, searchText, updatedAt), static (w, r) => WriteNewRecord(w, r.e, r.searchText, r.updatedAt));
            await StartDocumentRowAsync(importer, e.Id, NpgsqlDbType.Uuid, data, versions.Next(), RecordDotnetType, updatedAt, ct);
            await importer.WriteAsync(e.VillageCode, NpgsqlDbType.Varchar, ct);
            await importer.WriteAsync(e.EntityType, NpgsqlDbType.Varchar, ct);
            await importer.WriteNullAsync(ct);
            await importer.WriteAsync(searchText, NpgsqlDbType.Varchar, ct);
            await importer.WriteAsync(e.CountyCode, NpgsqlDbType.Varchar, ct);
        }
        await importer.CompleteAsync(ct);
    }

    /// <summary>
    /// Whether <see cref="CopyNewRecordsAsync"/> writes <paramref name="e"/>: a new record with no retirement and every field
    /// dated from the record. Every record a save creates is so today (a create's fields all take effect with it); any other
    /// would go through Marten's own loader and serializer, which write every member.
    /// </summary>
    internal static bool CopiesAsNew(EntityState e)
    {
        if (e.Retirement is not null) return false;
        foreach (var date in e.FieldValidFrom.Values)
        {
            if (date != e.ValidFrom) return false;
        }
        return true;
    }

    /// <summary>The document <see cref="ToRecord"/> gives Marten's serializer for a new record, written directly (members as it names them).</summary>
    private static void WriteNewRecord(Utf8JsonWriter w, EntityState e, string searchText, DateTimeOffset updatedAt)
    {
        w.WriteStartObject();
        w.WriteString("id", e.Id);
        w.WriteString("entityType", e.EntityType);
        w.WriteString("villageCode", e.VillageCode);
        w.WriteString("countyCode", e.CountyCode);
        w.WriteNumber("version", e.Version);
        w.WritePropertyName("data");
        WriteFields(w, e.Fields);
        w.WriteString("validFrom", e.ValidFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        w.WriteString("searchText", searchText);
        w.WriteString("updatedAt", updatedAt);
        w.WriteEndObject();
    }

    /// <summary>Inserts new ID claims (their records created in the same save) inside the transaction open on <paramref name="connection"/>.</summary>
    internal async Task CopyNewClaimsAsync(NpgsqlConnection connection, IReadOnlyList<IdentityClaim> claims, DateTimeOffset modified, CancellationToken ct)
    {
        if (claims.Count == 0) return;
        var versions = new CopyVersions();
        using var json = new JsonRow(256);
        await using var importer = await connection.BeginBinaryImportAsync(
            $"COPY {T("mt_doc_identity_numbers")} (id, data, mt_version, mt_dotnet_type, mt_last_modified, entity_id, village_code, id_number) FROM STDIN (FORMAT BINARY)",
            ct);
        foreach (var c in claims)
        {
            var data = json.Write(c, static (w, c) =>
            {
                w.WriteStartObject();
                w.WriteString("id", c.Id);
                w.WriteString("idNumber", c.IdNumber);
                w.WriteString("entityId", c.EntityId);
                w.WriteString("countyCode", c.CountyCode);
                w.WriteString("villageCode", c.VillageCode);
                w.WriteEndObject();
            });
            await StartDocumentRowAsync(importer, c.Id, NpgsqlDbType.Varchar, data, versions.Next(), ClaimDotnetType, modified, ct);
            await importer.WriteAsync(c.EntityId, NpgsqlDbType.Uuid, ct);
            await importer.WriteAsync(c.VillageCode, NpgsqlDbType.Varchar, ct);
            await importer.WriteAsync(c.IdNumber, NpgsqlDbType.Varchar, ct);
        }
        await importer.CompleteAsync(ct);
    }

    /// <summary>A COPY row begun with the columns every Marten document table starts with: id, data, mt_version, mt_dotnet_type, mt_last_modified.</summary>
    private static async Task StartDocumentRowAsync<TId>(NpgsqlBinaryImporter importer, TId id, NpgsqlDbType idType, ReadOnlyMemory<byte> json,
        Guid version, string dotnetType, DateTimeOffset modified, CancellationToken ct)
    {
        await importer.StartRowAsync(ct);
        await importer.WriteAsync(id, idType, ct);
        await importer.WriteAsync(json, NpgsqlDbType.Jsonb, ct);
        await importer.WriteAsync(version, NpgsqlDbType.Uuid, ct);
        await importer.WriteAsync(dotnetType, NpgsqlDbType.Varchar, ct);
        await importer.WriteAsync(modified, NpgsqlDbType.TimestampTz, ct);
    }

    /// <summary>
    /// One COPY row's JSON at a time, written in UTF-8 into a buffer and a writer reused for every row: the bytes
    /// <see cref="Write"/> returns are good until its next call, and the COPY has sent them on by then.
    /// </summary>
    private sealed class JsonRow(int capacity) : IDisposable
    {
        private readonly ArrayBufferWriter<byte> _buffer = new(capacity);
        private Utf8JsonWriter? _writer;

        public ReadOnlyMemory<byte> Write<TState>(TState state, Action<Utf8JsonWriter, TState> write)
        {
            _buffer.ResetWrittenCount();
            if (_writer is null) _writer = new Utf8JsonWriter(_buffer, FieldValueJson.WriterOptions);
            else _writer.Reset(_buffer);
            write(_writer, state);
            _writer.Flush();
            return _buffer.WrittenMemory;
        }

        public void Dispose() => _writer?.Dispose();
    }

    /// <summary>
    /// Marten versions (<c>mt_version</c>) for one COPY's documents: one random value, then each document's differs from it in
    /// its first bytes by its index. Marten only compares a document's version with the one it read (optimistic
    /// concurrency) and gives it a new random one on every update; distinct per document is all it needs, and one random
    /// draw per COPY instead of one per document saves a system call each.
    /// </summary>
    private sealed class CopyVersions
    {
        private readonly byte[] _base = Guid.NewGuid().ToByteArray();
        private int _next;

        public Guid Next()
        {
            Span<byte> bytes = stackalloc byte[16];
            _base.CopyTo(bytes);
            BinaryPrimitives.WriteInt32LittleEndian(bytes, BinaryPrimitives.ReadInt32LittleEndian(bytes) ^ _next++);
            return new Guid(bytes);
        }
    }
}
