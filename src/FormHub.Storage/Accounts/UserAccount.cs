namespace FormHub.Storage.Accounts;

/// <summary>
/// A local account. <see cref="CaptureScope"/> is the org unit whose data the user may write (a cadre's village; null
/// for users who never enter data); <see cref="ViewScope"/> the unit whose data and reports they may read.
/// </summary>
public sealed record UserAccount
{
    public required string UserName { get; init; }
    public required string DisplayName { get; init; }
    public required AccountRole Role { get; init; }
    public string? CaptureScope { get; init; }
    public required string ViewScope { get; init; }
    /// <summary>For department users: the department whose reports they receive, e.g. 民政.</summary>
    public string? Department { get; init; }
    /// <summary>A PBKDF2 hash in ASP.NET Core Identity's V3 format (<see cref="PasswordHashing"/>); never the password itself.</summary>
    public required string PasswordHash { get; init; }
    /// <summary>联系电话: personal information, shown masked except to the account itself and admins who ask (audited).</summary>
    public string? Phone { get; init; }
    /// <summary>A disabled account cannot sign in, and its open sessions end on their next request.</summary>
    public bool Disabled { get; init; }
    /// <summary>Set by a reset: the one-time password signs in only to choose a new one.</summary>
    public bool MustChangePassword { get; init; }
    /// <summary>
    /// Changes whenever what the account may do changes (role, scope, password, disabling, signing out everywhere); a
    /// session whose cookie carries another stamp is over. Empty for accounts from before stamps: any new value ends them.
    /// </summary>
    public string SecurityStamp { get; init; } = "";
}
