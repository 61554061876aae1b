using FormHub.Storage.Marten.Documents;
using FormHub.Storage.Model;
using Marten;

namespace FormHub.Storage.Marten;

/// <summary>Named import mapping profiles (导入方案), by name.</summary>
public sealed partial class MartenFormHubStore : IImportProfileStore
{
    public Task SaveImportProfileAsync(StoredImportProfile profile, AuditEntry audit, CancellationToken ct = default) => WriteAsync(async session =>
    {
        await AddAuditAsync(session, [audit], ct);
        session.Store(new ImportProfileDocument(profile.Name, profile.EntityType, profile.Json, profile.SavedBy, profile.SavedAt.ToUniversalTime()));
    }, ct);

    public async Task<StoredImportProfile?> FindImportProfileAsync(string name, CancellationToken ct = default)
    {
        await using var session = Documents.QuerySession();
        return await session.LoadAsync<ImportProfileDocument>(name, ct) is { } p ? ToProfile(p) : null;
    }

    public async Task<IReadOnlyList<StoredImportProfile>> ListImportProfilesAsync(CancellationToken ct = default)
    {
        await using var session = Documents.QuerySession();
        var profiles = await session.Query<ImportProfileDocument>().ToListAsync(ct);
        // Ordered here, as the SQLite engine does: a database collation would order Chinese names its own way.
        return profiles.Select(ToProfile).OrderBy(p => p.Name, StringComparer.Ordinal).ToList();
    }

    private static StoredImportProfile ToProfile(ImportProfileDocument p) => new(p.Id, p.EntityType, p.Body, p.SavedBy, p.SavedAt);
}
