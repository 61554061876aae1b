namespace FormHub.Scripting;

/// <summary>
/// One record a rule found: its message (naming the record), the values of the rule's fields at fault, and for an
/// eligibility rule the gap (应享未享 or 不应享仍享); the English message when the rule has <c>message_en</c>.
/// </summary>
public sealed record RuleHit(Guid EntityId, string Message, IReadOnlyDictionary<string, object?> Values, string? Gap = null, string? MessageEn = null)
{
    /// <summary>For an across-villages rule: the group's other records, each in its village.</summary>
    public IReadOnlyList<AcrossRecord> Related { get; init; } = [];
}
