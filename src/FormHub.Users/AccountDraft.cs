using FormHub.Storage.Accounts;

namespace FormHub.Users;

/// <summary>
/// What an admin sets on an account: the role, the scope (a village for 村级填报员, a township for 乡镇审核员, a township
/// or county for 部门用户 with their department, a county for 管理员), the display name and phone.
/// </summary>
public sealed record AccountDraft(string UserName, string DisplayName, AccountRole Role, string Scope, string? Department = null, string? Phone = null);
