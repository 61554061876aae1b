using System.Data.Common;
using FormHub.Storage.Accounts;

namespace FormHub.Storage.Sql;

public sealed partial class SqlFormHubStore
{
    private const string AccountColumns = "user_name, display_name, role, capture_scope, view_scope, department, password_hash";

    public Task SaveAccountAsync(UserAccount account, CancellationToken ct = default) => WriteAsync(async (connection, tx) =>
    {
        await using var command = connection.Command(
            $"""
            INSERT INTO {T("accounts")} ({AccountColumns}) VALUES (@user, @display, @role, @capture, @view, @department, @hash)
            ON CONFLICT (user_name) DO UPDATE SET display_name = excluded.display_name, role = excluded.role,
                capture_scope = excluded.capture_scope, view_scope = excluded.view_scope, department = excluded.department,
                password_hash = excluded.password_hash
            """, tx)
            .With("@user", account.UserName).With("@display", account.DisplayName).With("@role", (int)account.Role)
            .With("@capture", account.CaptureScope).With("@view", account.ViewScope).With("@department", account.Department)
            .With("@hash", account.PasswordHash);
        return await command.ExecuteNonQueryAsync(ct);
    }, ct);

    public async Task<UserAccount?> FindAccountAsync(string userName, CancellationToken ct = default)
    {
        await using var connection = await OpenAsync(ct);
        await using var command = connection.Command($"SELECT {AccountColumns} FROM {T("accounts")} WHERE user_name = @user").With("@user", userName);
        await using var reader = await command.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? ReadAccount(reader) : null;
    }

    public async Task<IReadOnlyList<UserAccount>> ListAccountsAsync(CancellationToken ct = default)
    {
        await using var connection = await OpenAsync(ct);
        await using var command = connection.Command($"SELECT {AccountColumns} FROM {T("accounts")} ORDER BY role, user_name");
        await using var reader = await command.ExecuteReaderAsync(ct);
        var accounts = new List<UserAccount>();
        while (await reader.ReadAsync(ct)) accounts.Add(ReadAccount(reader));
        return accounts;
    }

    private static UserAccount ReadAccount(DbDataReader r) => new()
    {
        UserName = r.GetString(0),
        DisplayName = r.GetString(1),
        Role = (AccountRole)r.GetInt32(2),
        CaptureScope = r.IsDBNull(3) ? null : r.GetString(3),
        ViewScope = r.GetString(4),
        Department = r.IsDBNull(5) ? null : r.GetString(5),
        PasswordHash = r.GetString(6),
    };
}
