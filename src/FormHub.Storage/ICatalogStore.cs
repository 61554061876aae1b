using FormHub.Core.Catalog;
using FormHub.Storage.Model;

namespace FormHub.Storage;

/// <summary>
/// The 数据目录 as versioned documents in the store (table <c>catalog_versions</c>): each version is the whole catalog
/// model, with who made it, when and a summary. An empty store is seeded with the catalog it was opened with
/// (form-templates/catalog), after which the store's versions are the one source every reader uses.
/// </summary>
public interface ICatalogStore
{
    /// <summary>The catalog version this store object holds; <see cref="RefreshCatalogAsync"/> moves it to the newest.</summary>
    long CatalogVersion { get; }

    /// <summary>
    /// Reads the newest version number and loads that version when it is not the one held, so a change saved by another
    /// server (or the command line) is seen without a restart. One indexed read when nothing changed.
    /// </summary>
    /// <returns>True when a newer version was loaded.</returns>
    Task<bool> RefreshCatalogAsync(CancellationToken ct = default);

    /// <summary>
    /// Stores <paramref name="catalog"/> as version <paramref name="expectedVersion"/> + 1 and makes it the one held, with
    /// <paramref name="audit"/> (if any) in the audit trail in the same transaction. With
    /// <paramref name="expectedTemplateRevision"/> (the template log revision the change was checked against) the save is
    /// also refused when the log moved since: writes of the catalog and of the template log take one lock, so a template
    /// published meanwhile cannot escape the check.
    /// </summary>
    /// <exception cref="Errors.CatalogConflictException">Someone saved a version after <paramref name="expectedVersion"/>, or the template log moved.</exception>
    Task<CatalogVersionInfo> SaveCatalogAsync(FieldCatalog catalog, long expectedVersion, string user, string summary, long? expectedTemplateRevision = null,
        AuditEntry? audit = null, CancellationToken ct = default);

    /// <summary>Every version, newest first, without the documents (the history page).</summary>
    Task<IReadOnlyList<CatalogVersionInfo>> ListCatalogVersionsAsync(CancellationToken ct = default);

    /// <summary>One stored version's catalog, or null.</summary>
    Task<FieldCatalog?> ReadCatalogVersionAsync(long version, CancellationToken ct = default);

    /// <summary>
    /// The distinct values stored under a field of an entity type, as JSON text with how many times each is held: current
    /// documents (retired records too; records without a value count under <c>null</c>) and periodic values of every period
    /// that are set. What a catalog change must not invalidate.
    /// </summary>
    Task<IReadOnlyList<StoredValueCount>> CountStoredValuesAsync(string entityType, string field, CancellationToken ct = default);

    /// <summary>
    /// The distinct non-null values the event log records for a field of an entity type — the old and the new value of
    /// every change, attribute and periodic alike — as JSON text, with how many times each occurs. What an as-of read of an
    /// earlier day or period may return, so what a change of the field's type must still be able to read.
    /// </summary>
    Task<IReadOnlyList<StoredValueCount>> CountHistoryValuesAsync(string entityType, string field, CancellationToken ct = default);
}
