namespace FormHub.Storage.Marten.Documents;

/// <summary>A local user account with its status (phone, disabled, must change password, security stamp), by user name.</summary>
public sealed record AccountDocument(
    string Id, string DisplayName, int Role, string? CaptureScope, string ViewScope, string? Department, string PasswordHash,
    string? Phone, bool Disabled, bool MustChangePassword, string SecurityStamp);
