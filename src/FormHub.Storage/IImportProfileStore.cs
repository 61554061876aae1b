using FormHub.Storage.Model;

namespace FormHub.Storage;

/// <summary>Named import mapping profiles (导入方案), shared by the browser's import and <c>formhub import</c>.</summary>
public interface IImportProfileStore
{
    /// <summary>Adds the profile, or replaces the one of the same name, and appends <paramref name="audit"/> in the same transaction.</summary>
    Task SaveImportProfileAsync(StoredImportProfile profile, AuditEntry audit, CancellationToken ct = default);

    Task<StoredImportProfile?> FindImportProfileAsync(string name, CancellationToken ct = default);

    /// <summary>Every profile, by name.</summary>
    Task<IReadOnlyList<StoredImportProfile>> ListImportProfilesAsync(CancellationToken ct = default);
}
