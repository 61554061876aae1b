namespace FormHub.Storage.Model;

/// <summary>
/// What was done about one person on an eligibility list (免申即享): 已核实 (checked, correct as it is), 已申请 (an
/// application was made for them), 不符合 (not eligible, with the reason). Kept per rule and record, so a worked person
/// leaves the list in later months too.
/// </summary>
public sealed record EligibilityOutcome(string RuleId, Guid EntityId, string VillageCode, string Outcome, string? Reason,
    string RecordedBy, DateTimeOffset RecordedAt)
{
    /// <summary>The outcomes a user may record.</summary>
    public static readonly IReadOnlyList<string> Allowed = ["已核实", "已申请", "不符合"];
}
