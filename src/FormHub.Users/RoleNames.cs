using FormHub.Storage.Accounts;

namespace FormHub.Users;

/// <summary>The Chinese names of the roles, as the issue and the pages call them.</summary>
public static class RoleNames
{
    public static string Zh(AccountRole role) => role switch
    {
        AccountRole.Cadre => "村级填报员",
        AccountRole.Reviewer => "乡镇审核员",
        AccountRole.Department => "部门用户",
        AccountRole.Admin => "管理员",
        _ => role.ToString(),
    };

    /// <summary>Reads a role as typed on the command line or in a CSV: cadre|reviewer|department|admin or the Chinese name.</summary>
    public static AccountRole? Parse(string? text)
    {
        var t = text?.Trim() ?? "";
        foreach (var role in Enum.GetValues<AccountRole>())
            if (t.Equals(role.ToString(), StringComparison.OrdinalIgnoreCase) || t == Zh(role)) return role;
        return null;
    }
}
