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
}
