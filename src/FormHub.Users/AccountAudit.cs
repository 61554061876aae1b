namespace FormHub.Users;

/// <summary>
/// The audit actions of account work and of personal-information views (个人信息保护法: access must be traceable).
/// Each line's detail starts with <c>subject:</c>, the account or record concerned, so admins can filter by it.
/// </summary>
public static class AccountAudit
{
    public const string Created = "account.create";
    public const string Updated = "account.update";
    public const string Disabled = "account.disable";
    public const string Enabled = "account.enable";
    public const string PasswordReset = "account.reset";
    public const string PasswordChanged = "account.password";
    public const string SignedOutEverywhere = "account.signout-all";
    /// <summary>An unmasked ID or phone number was shown: who saw whose.</summary>
    public const string PersonalInfoViewed = "pii.view";

    /// <summary>Every action prefix the admin's audit page lists.</summary>
    public static readonly IReadOnlyList<string> All = ["account.", "pii."];

    public static string Detail(string subject, string text) => $"{subject}: {text}";
}
