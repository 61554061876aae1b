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
}
