using Marten;
using Marten.Internal.Storage;
using Npgsql;

namespace FormHub.Storage.Marten;

/// <summary>
/// New documents written with PostgreSQL's binary COPY through Marten's own bulk loader (the one behind
/// <c>IDocumentStore.BulkInsertAsync</c>: same columns, duplicated fields, Marten version and type), but on the save's
/// connection and inside its transaction, so a load stays one transaction with its events and chain heads.
/// </summary>
public sealed partial class MartenFormHubStore
{
    /// <summary>
    /// From this many new documents of one type in a save, COPY instead of Marten's batched insert statements: a village
    /// load (1,332 records, ~1,000 ID numbers) is then a few COPY streams; a form save of a handful stays on the session.
    /// </summary>
    internal const int CopyThreshold = 64;

    /// <summary>
    /// Inserts <paramref name="documents"/> (all new: an id already stored fails the COPY with a unique violation, as a
    /// duplicate insert does on the session) inside the transaction open on <paramref name="connection"/>.
    /// </summary>
    internal async Task CopyNewDocumentsAsync<T>(NpgsqlConnection connection, IReadOnlyCollection<T> documents, CancellationToken ct) where T : notnull
    {
        if (documents.Count == 0) return;
        var tenant = _documents.Tenancy.Default;
        var provider = (MartenDocumentProvider<T>)tenant.Database.Providers.StorageFor<T>();
        await provider.BulkLoader.LoadAsync(tenant, _documents.Options.Serializer(), connection, documents, ct);
    }

    /// <summary>
    /// Writes changed periodic documents in one statement on the save's transaction, each guarded by the FormHub version
    /// the save read (<paramref name="changes"/>: the document and that version), with a new Marten version as the
    /// session's update would give it; returns how many were written (fewer: another writer changed one since).
    /// </summary>
    internal async Task<int> UpdatePeriodicDocumentsAsync(NpgsqlConnection connection, NpgsqlTransaction tx,
        IReadOnlyList<(PeriodicRecord Record, long StoredVersion)> changes, CancellationToken ct)
    {
        if (changes.Count == 0) return 0;
        var serializer = _documents.Options.Serializer();
        // The rows are locked first, in id order (the update's join would take them in whatever order its plan reads),
        // so two bulk saves of overlapping values cannot deadlock on each other's rows.
        changes = changes.OrderBy(c => c.Record.Id, StringComparer.Ordinal).ToList();
        await using var command = new NpgsqlCommand(
            $"""
            WITH locked AS (SELECT id FROM {T("mt_doc_periodic_values")} WHERE id = ANY(@ids) ORDER BY id FOR UPDATE)
            UPDATE {T("mt_doc_periodic_values")} AS d
            SET data = u.data, mt_version = gen_random_uuid(), mt_last_modified = transaction_timestamp()
            FROM unnest(@ids, @data, @stored) AS u(id, data, stored)
            WHERE d.id = u.id AND d.id IN (SELECT id FROM locked) AND (d.data ->> 'version')::bigint = u.stored
            """, connection, tx);
        command.Parameters.AddWithValue("ids", changes.Select(c => c.Record.Id).ToArray());
        command.Parameters.Add(new NpgsqlParameter("data", NpgsqlTypes.NpgsqlDbType.Array | NpgsqlTypes.NpgsqlDbType.Jsonb)
        {
            Value = changes.Select(c => serializer.ToJson(c.Record)).ToArray(),
        });
        command.Parameters.AddWithValue("stored", changes.Select(c => c.StoredVersion).ToArray());
        return await command.ExecuteNonQueryAsync(ct);
    }
}
