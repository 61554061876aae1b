namespace FormHub.Storage.Accounts;

/// <summary>What a user does in FormHub.</summary>
public enum AccountRole
{
    /// <summary>村干部: keeps one village's facts and submits its period.</summary>
    Cadre,
    /// <summary>乡镇审核员: reviews the villages of one township.</summary>
    Reviewer,
    /// <summary>部门用户: receives one department's derived reports for an area; sees aggregates only.</summary>
    Department,
    /// <summary>管理员: templates, catalog, users, audit trail.</summary>
    Admin,
}
