using System.Data.Common;
using FormHub.Storage.Model;

namespace FormHub.Storage.Sqlite;

public sealed partial class SqliteFormHubStore
{
    private const string ImportProfileColumns = "name, entity_type, body, saved_by, saved_at";

    public Task SaveImportProfileAsync(StoredImportProfile profile, AuditEntry audit, CancellationToken ct = default) => WriteAsync(async (connection, tx) =>
    {
        await InsertAuditAsync(connection, tx, audit, ct);
        await using var command = connection.Command(
            $"""
            INSERT INTO import_profiles ({ImportProfileColumns}) VALUES (@name, @type, @body, @by, @at)
            ON CONFLICT (name) DO UPDATE SET entity_type = excluded.entity_type, body = excluded.body,
                saved_by = excluded.saved_by, saved_at = excluded.saved_at
            """, tx)
            .With("@name", profile.Name).With("@type", profile.EntityType).With("@body", profile.Json)
            .With("@by", profile.SavedBy).With("@at", Time(profile.SavedAt));
        return await command.ExecuteNonQueryAsync(ct);
    }, ct);

    public async Task<StoredImportProfile?> FindImportProfileAsync(string name, CancellationToken ct = default)
    {
        await using var connection = await OpenAsync(ct);
        await using var command = connection.Command($"SELECT {ImportProfileColumns} FROM import_profiles WHERE name = @name").With("@name", name);
        await using var reader = await command.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? ReadImportProfile(reader) : null;
    }

    public async Task<IReadOnlyList<StoredImportProfile>> ListImportProfilesAsync(CancellationToken ct = default)
    {
        await using var connection = await OpenAsync(ct);
        await using var command = connection.Command($"SELECT {ImportProfileColumns} FROM import_profiles");
        await using var reader = await command.ExecuteReaderAsync(ct);
        var profiles = new List<StoredImportProfile>();
        while (await reader.ReadAsync(ct)) profiles.Add(ReadImportProfile(reader));
        // Ordered here by code point, not by SQLite's collation: Chinese names list the same on every engine.
        return profiles.OrderBy(p => p.Name, StringComparer.Ordinal).ToList();
    }

    private static StoredImportProfile ReadImportProfile(DbDataReader r) =>
        new(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), ReadTime(r, 4)!.Value);
}
