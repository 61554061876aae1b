using System.Data.Common;
using FormHub.Storage.Accounts;
using FormHub.Storage.Model;

namespace FormHub.Storage.Sqlite;

public sealed partial class SqliteFormHubStore
{
    private const string AccountColumns =
        "a.user_name, a.display_name, a.role, a.capture_scope, a.view_scope, a.department, a.password_hash, s.phone, s.disabled, s.must_change_password, s.security_stamp";

    private string AccountSource => $"accounts a LEFT JOIN account_status s ON s.user_name = a.user_name";

    public Task SaveAccountAsync(UserAccount account, CancellationToken ct = default) =>
        WriteAsync((connection, tx) => WriteAccountAsync(connection, tx, account, replace: true, ct), ct);

    public async Task<string?> CreateAccountsAsync(IReadOnlyList<UserAccount> accounts, IReadOnlyList<AuditEntry> audit, CancellationToken ct = default)
    {
        await using var connection = await OpenAsync(ct);
        await using var tx = await BeginWriteAsync(connection, ct);
        foreach (var account in accounts)
        {
            // A name taken since the caller checked: not committing keeps nothing of the batch.
            if (!await WriteAccountAsync(connection, tx, account, replace: false, ct)) return account.UserName;
        }
        foreach (var entry in audit) await InsertAuditAsync(connection, tx, entry, ct);
        await tx.CommitAsync(ct);
        return null;
    }

    /// <summary>Writes the account and its status; without <paramref name="replace"/> an existing user name writes nothing and answers false.</summary>
    private async Task<bool> WriteAccountAsync(DbConnection connection, DbTransaction tx, UserAccount account, bool replace, CancellationToken ct)
    {
        await using var command = connection.Command(
            $"""
            INSERT INTO accounts (user_name, display_name, role, capture_scope, view_scope, department, password_hash)
            VALUES (@user, @display, @role, @capture, @view, @department, @hash)
            ON CONFLICT (user_name) DO {(replace ? """
                UPDATE SET display_name = excluded.display_name, role = excluded.role,
                capture_scope = excluded.capture_scope, view_scope = excluded.view_scope, department = excluded.department,
                password_hash = excluded.password_hash
                """ : "NOTHING")}
            """, tx)
            .With("@user", account.UserName).With("@display", account.DisplayName).With("@role", (int)account.Role)
            .With("@capture", account.CaptureScope).With("@view", account.ViewScope).With("@department", account.Department)
            .With("@hash", account.PasswordHash);
        if (await command.ExecuteNonQueryAsync(ct) == 0) return false;
        await using var status = connection.Command(
            $"""
            INSERT INTO account_status (user_name, phone, disabled, must_change_password, security_stamp)
            VALUES (@user, @phone, @disabled, @must, @stamp)
            ON CONFLICT (user_name) DO UPDATE SET phone = excluded.phone, disabled = excluded.disabled,
                must_change_password = excluded.must_change_password, security_stamp = excluded.security_stamp
            """, tx)
            .With("@user", account.UserName).With("@phone", account.Phone).With("@disabled", account.Disabled)
            .With("@must", account.MustChangePassword).With("@stamp", account.SecurityStamp);
        await status.ExecuteNonQueryAsync(ct);
        return true;
    }

    public async Task<UserAccount?> FindAccountAsync(string userName, CancellationToken ct = default)
    {
        await using var connection = await OpenAsync(ct);
        await using var command = connection.Command($"SELECT {AccountColumns} FROM {AccountSource} WHERE a.user_name = @user").With("@user", userName);
        await using var reader = await command.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? ReadAccount(reader) : null;
    }

    public async Task<IReadOnlyList<UserAccount>> ListAccountsAsync(CancellationToken ct = default)
    {
        await using var connection = await OpenAsync(ct);
        await using var command = connection.Command($"SELECT {AccountColumns} FROM {AccountSource} ORDER BY a.role, a.user_name");
        await using var reader = await command.ExecuteReaderAsync(ct);
        var accounts = new List<UserAccount>();
        while (await reader.ReadAsync(ct)) accounts.Add(ReadAccount(reader));
        return accounts;
    }

    public async Task<IReadOnlyList<AuditEntry>> ListAuditByActionAsync(IReadOnlyList<string> actionPrefixes, string? actor, string? subject, int take,
        CancellationToken ct = default)
    {
        await using var connection = await OpenAsync(ct);
        await using var command = connection.Command("");
        var actions = new List<string>();
        for (var i = 0; i < actionPrefixes.Count; i++)
        {
            actions.Add($"action LIKE @action{i}");
            command.With($"@action{i}", actionPrefixes[i] + "%");
        }
        var where = new List<string> { "(" + string.Join(" OR ", actions.DefaultIfEmpty("1 = 1")) + ")" };
        if (actor is not null)
        {
            where.Add("user_name = @actor");
            command.With("@actor", actor);
        }
        if (subject is not null)
        {
            // Escaped, not stripped: field keys (person.pension_amount) and user names hold '_', which LIKE reads as any character.
            where.Add("detail LIKE @subject ESCAPE '\\'");
            command.With("@subject", subject.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + ":%");
        }
        command.CommandText = $"SELECT seq, at, user_name, action, unit_code, period, detail FROM audit_log WHERE {string.Join(" AND ", where)} ORDER BY seq DESC LIMIT @take";
        command.With("@take", take);
        return await ReadAuditAsync(command, ct);
    }

    public async Task<IReadOnlyList<string>> ListProtectionKeysAsync(CancellationToken ct = default)
    {
        await using var connection = await OpenAsync(ct);
        await using var command = connection.Command($"SELECT xml FROM protection_keys ORDER BY name");
        await using var reader = await command.ExecuteReaderAsync(ct);
        var keys = new List<string>();
        while (await reader.ReadAsync(ct)) keys.Add(reader.GetString(0));
        return keys;
    }

    public Task SaveProtectionKeyAsync(string name, string xml, CancellationToken ct = default) => WriteAsync(async (connection, tx) =>
    {
        await using var command = connection.Command(
            $"INSERT INTO protection_keys (name, xml) VALUES (@name, @xml) ON CONFLICT (name) DO NOTHING", tx)
            .With("@name", name).With("@xml", xml);
        return await command.ExecuteNonQueryAsync(ct);
    }, ct);

    private static UserAccount ReadAccount(DbDataReader r) => new()
    {
        UserName = r.GetString(0),
        DisplayName = r.GetString(1),
        Role = (AccountRole)r.GetInt32(2),
        CaptureScope = r.IsDBNull(3) ? null : r.GetString(3),
        ViewScope = r.GetString(4),
        Department = r.IsDBNull(5) ? null : r.GetString(5),
        PasswordHash = r.GetString(6),
        Phone = r.IsDBNull(7) ? null : r.GetString(7),
        Disabled = !r.IsDBNull(8) && r.GetBoolean(8),
        MustChangePassword = !r.IsDBNull(9) && r.GetBoolean(9),
        SecurityStamp = r.IsDBNull(10) ? "" : r.GetString(10),
    };
}
