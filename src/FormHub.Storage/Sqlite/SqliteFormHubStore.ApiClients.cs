using System.Data.Common;
using System.Globalization;
using FormHub.Storage.Accounts;
using FormHub.Storage.Model;

namespace FormHub.Storage.Sqlite;

public sealed partial class SqliteFormHubStore
{
    private const string ApiClientColumns =
        "id, name, department, area, scopes, token_hash, created_by, created_at, expires_at, revoked_at, last_used_at, requests_per_minute";

    // Times as round-trip text: these few rows are never queried by time.
    private static string? Time(DateTimeOffset? at) => at?.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    private static DateTimeOffset? ReadTime(DbDataReader r, int i) =>
        r.IsDBNull(i) ? null : DateTimeOffset.Parse(r.GetString(i), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);

    public Task SaveApiClientAsync(ApiClient client, AuditEntry? audit = null, CancellationToken ct = default) => WriteAsync(async (connection, tx) =>
    {
        if (audit is not null) await InsertAuditAsync(connection, tx, audit, ct);
        await using var command = connection.Command(
            $"""
            INSERT INTO api_clients ({ApiClientColumns})
            VALUES (@id, @name, @department, @area, @scopes, @hash, @by, @created, @expires, @revoked, @used, @rate)
            ON CONFLICT (id) DO UPDATE SET name = excluded.name, department = excluded.department, area = excluded.area,
                scopes = excluded.scopes, token_hash = excluded.token_hash, expires_at = excluded.expires_at,
                revoked_at = excluded.revoked_at, last_used_at = excluded.last_used_at, requests_per_minute = excluded.requests_per_minute
            """, tx)
            .With("@id", client.Id.ToString()).With("@name", client.Name).With("@department", client.Department).With("@area", client.Area)
            .With("@scopes", string.Join(',', client.Scopes)).With("@hash", client.TokenHash).With("@by", client.CreatedBy)
            .With("@created", Time(client.CreatedAt)).With("@expires", Time(client.ExpiresAt)).With("@revoked", Time(client.RevokedAt))
            .With("@used", Time(client.LastUsedAt)).With("@rate", client.RequestsPerMinute);
        return await command.ExecuteNonQueryAsync(ct);
    }, ct);

    public Task<ApiClient?> FindApiClientAsync(Guid id, CancellationToken ct = default) => FindApiClientWhereAsync("id = @v", id.ToString(), ct);

    public Task<ApiClient?> FindApiClientByTokenHashAsync(string tokenHash, CancellationToken ct = default) =>
        FindApiClientWhereAsync("token_hash = @v", tokenHash, ct);

    private async Task<ApiClient?> FindApiClientWhereAsync(string where, string value, CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        await using var command = connection.Command($"SELECT {ApiClientColumns} FROM api_clients WHERE {where}").With("@v", value);
        await using var reader = await command.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? ReadApiClient(reader) : null;
    }

    public async Task<IReadOnlyList<ApiClient>> ListApiClientsAsync(CancellationToken ct = default)
    {
        await using var connection = await OpenAsync(ct);
        await using var command = connection.Command($"SELECT {ApiClientColumns} FROM api_clients ORDER BY created_at, name");
        await using var reader = await command.ExecuteReaderAsync(ct);
        var clients = new List<ApiClient>();
        while (await reader.ReadAsync(ct)) clients.Add(ReadApiClient(reader));
        return clients;
    }

    public Task TouchApiClientAsync(Guid id, DateTimeOffset at, CancellationToken ct = default) => WriteAsync(async (connection, tx) =>
    {
        await using var command = connection.Command($"UPDATE api_clients SET last_used_at = @at WHERE id = @id", tx)
            .With("@at", Time(at)).With("@id", id.ToString());
        return await command.ExecuteNonQueryAsync(ct);
    }, ct);

    private static ApiClient ReadApiClient(DbDataReader r) => new()
    {
        Id = Guid.Parse(r.GetString(0)),
        Name = r.GetString(1),
        Department = r.GetString(2),
        Area = r.GetString(3),
        Scopes = r.GetString(4).Split(',', StringSplitOptions.RemoveEmptyEntries),
        TokenHash = r.GetString(5),
        CreatedBy = r.GetString(6),
        CreatedAt = ReadTime(r, 7)!.Value,
        ExpiresAt = ReadTime(r, 8)!.Value,
        RevokedAt = ReadTime(r, 9),
        LastUsedAt = ReadTime(r, 10),
        RequestsPerMinute = r.GetInt32(11),
    };
}
