using FormHub.Storage.Model;
using FormHub.Storage.Templates;

namespace FormHub.Storage;

/// <summary>
/// Report templates as versioned documents (issue 15 §3–4): an append-only log of published versions and stops, and the
/// admission decisions (报表准入). Every server of a deployment reads the same log, so comparing
/// <see cref="GetTemplateRevisionAsync"/> is enough to know whether its templates are current.
/// </summary>
public interface ITemplateStore
{
    /// <summary>The highest log sequence number, 0 for an empty log; it changes with every publish, stop or resume.</summary>
    Task<long> GetTemplateRevisionAsync(CancellationToken ct = default);

    /// <summary>The whole template log, oldest first (a county has tens of templates, so it is small).</summary>
    Task<IReadOnlyList<TemplateLogEntry>> ReadTemplateLogAsync(CancellationToken ct = default);

    /// <summary>
    /// Appends entries in one transaction, numbered after <paramref name="expectedRevision"/>, with <paramref name="audit"/>
    /// (if any) in the audit trail; returns the new revision. Their <see cref="TemplateLogEntry.Seq"/> is ignored. With
    /// <paramref name="expectedCatalogVersion"/> (the catalog the entries were compiled against) the append is refused when
    /// the catalog moved since, under the same lock as catalog saves.
    /// </summary>
    /// <exception cref="TemplateConflictException">The log moved past <paramref name="expectedRevision"/>, the catalog moved, or a version is published twice; nothing was written.</exception>
    Task<long> AppendTemplateLogAsync(IReadOnlyList<TemplateLogEntry> entries, long expectedRevision, long? expectedCatalogVersion = null,
        AuditEntry? audit = null, CancellationToken ct = default);

    /// <summary>Records an admission decision, with <paramref name="audit"/> (if any; its detail gets the decision's number) in the same transaction; returns it with its sequence number.</summary>
    Task<AdmissionDecision> SaveAdmissionAsync(AdmissionDecision decision, AuditEntry? audit = null, CancellationToken ct = default);

    /// <summary>Every admission decision, oldest first.</summary>
    Task<IReadOnlyList<AdmissionDecision>> ListAdmissionsAsync(CancellationToken ct = default);
}
