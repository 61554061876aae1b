using FormHub.Core.OrgUnits;
using FormHub.Core.Text;
using FormHub.Storage;
using FormHub.Storage.Accounts;
using FormHub.Storage.Model;

namespace FormHub.Users;

/// <summary>
/// 账号管理: creating, editing, disabling and resetting accounts, users changing their own password, and the first admin.
/// The server and the command line both go through here, so the rules (password policy, which scope a role may hold, the
/// last admin) and the audit lines are the same wherever an account is changed. Every change that alters what an account
/// may do gets a new security stamp, which ends its open sessions on their next request.
/// </summary>
public sealed class AccountService(IFormHubStore store, TimeProvider clock, AccountChanges? changes = null)
{
    /// <summary>A user name: letters, digits, dot, dash, underscore; the name people type at sign-in.</summary>
    public static bool IsValidUserName(string name) =>
        name.Length is >= 2 and <= 50 && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_');

    /// <summary>
    /// The region an admin acting through this service manages (null: the whole store, as on the command line). Accounts
    /// scoped outside it are not found, listed or changed, new scopes must lie inside it, and the audit trail shows only
    /// lines about accounts inside it: a county's admin manages that county's accounts, not the neighbour's.
    /// </summary>
    public RegionCode? ActingScope { get; private init; }

    /// <summary>This service acting for an admin whose view scope is <paramref name="scope"/>.</summary>
    public AccountService Within(RegionCode scope) => new(store, clock, changes) { ActingScope = scope };

    private bool Manages(UserAccount account) => Manages(account.CaptureScope ?? account.ViewScope);

    private bool Manages(string? unit) =>
        ActingScope is not { } acting || (RegionCode.TryParse(unit, out var code, out _) && code.IsWithin(acting));

    private async Task SaveAsync(UserAccount account, CancellationToken ct)
    {
        await store.SaveAccountAsync(account, ct);
        changes?.Note();
    }

    public async Task<IReadOnlyList<UserAccount>> ListAsync(CancellationToken ct) => (await store.ListAccountsAsync(ct)).Where(Manages).ToList();

    public async Task<UserAccount?> FindAsync(string userName, CancellationToken ct) =>
        await store.FindAccountAsync(userName, ct) is { } account && Manages(account) ? account : null;

    public async Task<bool> HasAdminAsync(CancellationToken ct) =>
        (await store.ListAccountsAsync(ct)).Any(a => a.Role == AccountRole.Admin && !a.Disabled);

    /// <summary>
    /// Creates an account. Without <paramref name="password"/> it gets a one-time password (returned) that must be changed
    /// at first sign-in; with one, the password must pass <see cref="PasswordPolicy"/>.
    /// </summary>
    public async Task<(UserAccount Account, string? OneTimePassword)> CreateAsync(string actor, AccountDraft draft, string? password, CancellationToken ct)
    {
        var account = await BuildAsync(draft, ct);
        if (await store.FindAccountAsync(account.UserName, ct) is not null)
            throw new AccountRefusal(new($"用户名“{account.UserName}”已被使用", $"The user name “{account.UserName}” is taken"), AccountRefusalKind.Conflict, "userName");
        var oneTime = password is null ? OneTimePassword.New() : null;
        if (password is not null && PasswordPolicy.Check(account.UserName, password) is { } weak)
            throw new AccountRefusal(weak, AccountRefusalKind.Invalid, "password");
        account = account with { PasswordHash = PasswordHashing.Hash(password ?? oneTime!), MustChangePassword = oneTime is not null, SecurityStamp = NewStamp() };
        await SaveAsync(account, ct);
        await AuditAsync(actor, AccountAudit.Created, account, $"新建{RoleNames.Zh(account.Role)}，范围 {account.CaptureScope ?? account.ViewScope}", ct);
        return (account, oneTime);
    }

    /// <summary>
    /// Creates the first admin; refused once an enabled admin exists, so neither the setup page nor
    /// <c>formhub accounts create-admin</c> can be used to take over a running deployment.
    /// </summary>
    public async Task<(UserAccount Account, string? OneTimePassword)> CreateFirstAdminAsync(string actor, AccountDraft draft, string? password,
        CancellationToken ct)
    {
        if (draft.Role != AccountRole.Admin) throw new ArgumentException("the first account is an admin", nameof(draft));
        if (await HasAdminAsync(ct))
            throw new AccountRefusal(new("已有管理员：请由管理员在“账号管理”中新建账号", "An admin exists already: ask them to create accounts"), AccountRefusalKind.Conflict);
        return await CreateAsync(actor, draft, password, ct);
    }

    /// <summary>Changes role, scope, department, display name or phone; a new role or scope ends the account's open sessions.</summary>
    public async Task<UserAccount> UpdateAsync(string actor, AccountDraft draft, CancellationToken ct)
    {
        var current = await RequireAsync(draft.UserName, ct);
        var changed = await BuildAsync(draft, ct);
        var accessChanged = changed.Role != current.Role || changed.ViewScope != current.ViewScope || changed.CaptureScope != current.CaptureScope
                            || changed.Department != current.Department;
        if (accessChanged && current.Role == AccountRole.Admin && changed.Role != AccountRole.Admin) await RefuseLastAdminAsync(current, ct);
        var updated = current with
        {
            DisplayName = changed.DisplayName, Role = changed.Role, ViewScope = changed.ViewScope, CaptureScope = changed.CaptureScope,
            Department = changed.Department, Phone = changed.Phone,
            SecurityStamp = accessChanged ? NewStamp() : current.SecurityStamp,
        };
        await SaveAsync(updated, ct);
        var what = new List<string>();
        if (changed.Role != current.Role) what.Add($"角色 {RoleNames.Zh(current.Role)} → {RoleNames.Zh(changed.Role)}");
        if (changed.ViewScope != current.ViewScope) what.Add($"范围 {current.ViewScope} → {changed.ViewScope}");
        if (changed.Department != current.Department) what.Add($"部门 {current.Department ?? "无"} → {changed.Department ?? "无"}");
        if (changed.DisplayName != current.DisplayName) what.Add($"姓名 {current.DisplayName} → {changed.DisplayName}");
        if (changed.Phone != current.Phone) what.Add("电话已修改");
        await AuditAsync(actor, AccountAudit.Updated, updated, what.Count == 0 ? "未改动" : string.Join("；", what), ct);
        return updated;
    }

    /// <summary>Disables (or enables again) an account; disabling ends its open sessions on their next request.</summary>
    public async Task<UserAccount> SetDisabledAsync(string actor, string userName, bool disabled, CancellationToken ct)
    {
        var current = await RequireAsync(userName, ct);
        if (disabled && current.UserName.Equals(actor, StringComparison.OrdinalIgnoreCase))
            throw new AccountRefusal(new("不能停用自己的账号", "You cannot disable your own account"), AccountRefusalKind.Conflict);
        if (disabled && current.Role == AccountRole.Admin) await RefuseLastAdminAsync(current, ct);
        var updated = current with { Disabled = disabled, SecurityStamp = NewStamp() };
        await SaveAsync(updated, ct);
        await AuditAsync(actor, disabled ? AccountAudit.Disabled : AccountAudit.Enabled, updated, disabled ? "停用" : "启用", ct);
        return updated;
    }

    /// <summary>Gives the account a one-time password (returned once) that must be changed at its next sign-in; its sessions end.</summary>
    public async Task<string> ResetPasswordAsync(string actor, string userName, CancellationToken ct)
    {
        var current = await RequireAsync(userName, ct);
        var oneTime = OneTimePassword.New();
        await SaveAsync(current with { PasswordHash = PasswordHashing.Hash(oneTime), MustChangePassword = true, SecurityStamp = NewStamp() }, ct);
        await AuditAsync(actor, AccountAudit.PasswordReset, current, "重置密码（一次性密码，下次登录须修改）", ct);
        return oneTime;
    }

    /// <summary>A user changes their own password, proving the current one; other sessions of the account end.</summary>
    public async Task<UserAccount> ChangePasswordAsync(string userName, string currentPassword, string newPassword, CancellationToken ct)
    {
        var current = await RequireAsync(userName, ct);
        if (!PasswordHashing.Verify(current, currentPassword))
            throw new AccountRefusal(new("当前密码不正确", "The current password is wrong"), AccountRefusalKind.Invalid, "currentPassword");
        if (PasswordPolicy.Check(current.UserName, newPassword) is { } weak) throw new AccountRefusal(weak, AccountRefusalKind.Invalid, "newPassword");
        if (newPassword == currentPassword)
            throw new AccountRefusal(new("新密码不能与当前密码相同", "The new password must differ from the current one"), AccountRefusalKind.Invalid, "newPassword");
        var updated = current with { PasswordHash = PasswordHashing.Hash(newPassword), MustChangePassword = false, SecurityStamp = NewStamp() };
        await SaveAsync(updated, ct);
        await AuditAsync(userName, AccountAudit.PasswordChanged, updated, "本人修改密码", ct);
        return updated;
    }

    /// <summary>退出所有设备: every session of the account ends on its next request.</summary>
    public async Task<UserAccount> SignOutEverywhereAsync(string actor, string userName, CancellationToken ct)
    {
        var current = await RequireAsync(userName, ct);
        var updated = current with { SecurityStamp = NewStamp() };
        await SaveAsync(updated, ct);
        await AuditAsync(actor, AccountAudit.SignedOutEverywhere, updated, "退出所有设备", ct);
        return updated;
    }

    /// <summary>Records that <paramref name="viewer"/> was shown an unmasked ID or phone number of <paramref name="subject"/>.</summary>
    public Task RecordPersonalInfoViewAsync(string viewer, string subject, string? unitCode, string what, CancellationToken ct) =>
        store.AppendAuditAsync(new AuditEntry(0, clock.GetUtcNow(), viewer, AccountAudit.PersonalInfoViewed, unitCode, null, AccountAudit.Detail(subject, what)), ct);

    /// <summary>Account changes and personal-information views, newest first, optionally by one actor or about one subject.</summary>
    public Task<IReadOnlyList<AuditEntry>> AuditTrailAsync(string? actor, string? subject, int take, CancellationToken ct) =>
        FilterAuditAsync(store.ListAuditByActionAsync(AccountAudit.All, actor, subject, Math.Clamp(take, 1, 1000), ct));

    private async Task<IReadOnlyList<AuditEntry>> FilterAuditAsync(Task<IReadOnlyList<AuditEntry>> entries) =>
        ActingScope is null ? await entries : (await entries).Where(e => Manages(e.UnitCode)).ToList();

    /// <summary>
    /// 批量新建村级填报员: one cadre per village from CSV lines <c>村代码,用户名,姓名,电话</c> (a header line is skipped). Every line
    /// is checked first; any bad line — a user name that is taken, a village given twice in the file — refuses
    /// the whole file with each problem as <c>行 R：…</c>, and nothing is created. Each account gets a one-time password.
    /// </summary>
    public async Task<IReadOnlyList<(UserAccount Account, string OneTimePassword)>> CreateCadresAsync(string actor, IReadOnlyList<string> lines,
        CancellationToken ct)
    {
        var problems = new List<string>();
        var drafts = new List<UserAccount>();
        var existing = (await store.ListAccountsAsync(ct)).ToList();
        var names = new HashSet<string>(existing.Select(a => a.UserName), StringComparer.OrdinalIgnoreCase);
        var villages = new HashSet<string>();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i].Trim().TrimStart('\uFEFF');
            if (line.Length == 0 || (i == 0 && !char.IsAsciiDigit(line[0]))) continue; // blank lines and the header
            var cells = line.Split(',').Select(c => c.Trim().Trim('"')).ToArray();
            var row = i + 1;
            if (cells.Length is < 3 or > 4)
            {
                problems.Add($"行 {row}：应为 4 列（村代码,用户名,姓名,电话），这一行有 {cells.Length} 列");
                continue;
            }
            try
            {
                var account = await BuildAsync(new AccountDraft(cells[1], cells[2], AccountRole.Cadre, cells[0], null, cells.Length > 3 ? cells[3] : null), ct);
                if (!names.Add(account.UserName)) problems.Add($"行 {row}：用户名“{account.UserName}”已被使用");
                else if (!villages.Add(account.ViewScope)) problems.Add($"行 {row}：村 {account.ViewScope} 在本文件中出现了两次（每村一个村级填报员）");
                else drafts.Add(account);
            }
            catch (AccountRefusal refusal)
            {
                problems.Add($"行 {row}：{refusal.Text.Zh}");
            }
        }
        if (problems.Count > 0)
            throw new AccountRefusal(new($"CSV 有 {problems.Count} 处错误，未新建任何账号", $"The CSV has {problems.Count} problems; no account was created"),
                AccountRefusalKind.Invalid, "csv", problems);
        var created = new List<(UserAccount Account, string OneTime)>();
        foreach (var draft in drafts)
        {
            var oneTime = OneTimePassword.New();
            created.Add((draft with { PasswordHash = PasswordHashing.Hash(oneTime), MustChangePassword = true, SecurityStamp = NewStamp() }, oneTime));
        }
        // One transaction: a file creates all its accounts (with their audit lines) or none.
        var audit = created.Select(c => AuditEntryFor(actor, AccountAudit.Created, c.Account, $"批量新建村级填报员，范围 {c.Account.ViewScope}")).ToList();
        if (await store.CreateAccountsAsync(created.Select(c => c.Account).ToList(), audit, ct) is { } taken)
        {
            var row = Array.FindIndex(lines.ToArray(), l => l.Split(',').Skip(1).FirstOrDefault()?.Trim().Trim('"').Equals(taken, StringComparison.OrdinalIgnoreCase) == true) + 1;
            throw new AccountRefusal(new($"CSV 有 1 处错误，未新建任何账号", "The CSV has 1 problem; no account was created"), AccountRefusalKind.Invalid, "csv",
                [$"行 {row}：用户名“{taken}”已被使用"]);
        }
        return created;
    }

    /// <summary>Checks a draft against the rules and the region tree; throws <see cref="AccountRefusal"/> naming the field at fault.</summary>
    public async Task<UserAccount> BuildAsync(AccountDraft draft, CancellationToken ct)
    {
        var userName = draft.UserName.Trim();
        if (!IsValidUserName(userName))
            throw Invalid("userName", "用户名须为 2–50 个字母、数字或 . - _", "A user name is 2–50 letters, digits or . - _");
        var displayName = draft.DisplayName.Trim();
        if (displayName.Length is 0 or > 50) throw Invalid("displayName", "请填写姓名（不超过 50 个字）", "Give a display name (at most 50 characters)");
        var phone = string.IsNullOrWhiteSpace(draft.Phone) ? null : draft.Phone.Trim();
        if (phone is not null && !(phone.Length is >= 7 and <= 20 && phone.All(c => char.IsAsciiDigit(c) || c is '-' or '+' or ' ')))
            throw Invalid("phone", "电话号码格式不正确", "The phone number is not valid");
        if (!RegionCode.TryParse(draft.Scope?.Trim(), out var scope, out _))
            throw Invalid("scope", "范围须为 12 位统计用区划代码", "The scope must be a 12-digit region code");
        var tree = new RegionTree(await store.GetRegionsAsync(ct), "regions");
        var unit = tree.Find(scope) ?? throw Invalid("scope", $"区划 {scope.Value} 不存在", $"No region {scope.Value}");
        if (ActingScope is { } acting && !scope.IsWithin(acting))
            throw Invalid("scope", $"范围 {unit.Name}（{scope.Value}）不在您管理的区划 {acting.Value} 内", $"{unit.Name} ({scope.Value}) is outside the region you manage ({acting.Value})");
        var department = string.IsNullOrWhiteSpace(draft.Department) ? null : draft.Department.Trim();
        var levelOk = draft.Role switch
        {
            AccountRole.Cadre => unit.Code.Level == OrgLevel.Village,
            AccountRole.Reviewer => unit.Code.Level == OrgLevel.Township,
            AccountRole.Department => unit.Code.Level is OrgLevel.Township or OrgLevel.County,
            AccountRole.Admin => unit.Code.Level <= OrgLevel.County,
            _ => false,
        };
        if (!levelOk)
            throw Invalid("scope", $"{RoleNames.Zh(draft.Role)}的范围须为{ScopeLevelZh(draft.Role)}，{unit.Name}不是",
                $"The scope of this role must be {ScopeLevelEn(draft.Role)}; {unit.Name} is not");
        if (draft.Role == AccountRole.Department && department is null)
            throw Invalid("department", "部门用户须填写所属部门（如 民政）", "A department user needs a department (e.g. 民政)");
        return new UserAccount
        {
            UserName = userName, DisplayName = displayName, Role = draft.Role, ViewScope = unit.Code.Value,
            CaptureScope = draft.Role == AccountRole.Cadre ? unit.Code.Value : null,
            Department = draft.Role == AccountRole.Department ? department : null, Phone = phone, PasswordHash = "",
        };
    }

    private async Task<UserAccount> RequireAsync(string userName, CancellationToken ct) =>
        await FindAsync(userName.Trim(), ct)
        ?? throw new AccountRefusal(new($"没有账号“{userName}”", $"No account “{userName}”"), AccountRefusalKind.NotFound, "userName");

    private async Task RefuseLastAdminAsync(UserAccount admin, CancellationToken ct)
    {
        var others = (await store.ListAccountsAsync(ct)).Count(a => a.Role == AccountRole.Admin && !a.Disabled && a.UserName != admin.UserName);
        if (others == 0)
            throw new AccountRefusal(new("这是最后一个可用的管理员账号，不能停用或改为其他角色", "This is the last enabled admin"), AccountRefusalKind.Conflict);
    }

    private Task AuditAsync(string actor, string action, UserAccount subject, string text, CancellationToken ct) =>
        store.AppendAuditAsync(AuditEntryFor(actor, action, subject, text), ct);

    private AuditEntry AuditEntryFor(string actor, string action, UserAccount subject, string text) =>
        new(0, clock.GetUtcNow(), actor, action, subject.CaptureScope ?? subject.ViewScope, null, AccountAudit.Detail(subject.UserName, text));

    private static AccountRefusal Invalid(string field, string zh, string en) => new(new LocalizedText(zh, en), AccountRefusalKind.Invalid, field);

    private static string NewStamp() => Guid.NewGuid().ToString("N");

    private static string ScopeLevelZh(AccountRole role) => role switch
    {
        AccountRole.Cadre => "一个村", AccountRole.Reviewer => "一个乡镇", AccountRole.Department => "一个乡镇或县", _ => "县或县以上",
    };

    private static string ScopeLevelEn(AccountRole role) => role switch
    {
        AccountRole.Cadre => "a village", AccountRole.Reviewer => "a township", AccountRole.Department => "a township or county", _ => "a county or above",
    };
}
