using FormHub.Core.Rules;

namespace FormHub.Storage.Model;

/// <summary>
/// A record a rule found in one evaluation, before it is stored: the rule, the record, the message naming it, the
/// values at fault (as text, field name → value), for an eligibility rule the gap (应享未享 / 不应享仍享), and the message
/// in English when the rule has one (<c>message_en</c>).
/// </summary>
public sealed record FindingDraft(string RuleId, Guid EntityId, string EntityType, FindingLevel Level, string Message,
    IReadOnlyDictionary<string, string?> Values, string? Gap = null, string? MessageEn = null)
{
    /// <summary>The other records the finding concerns, in other villages (an across-villages rule); empty otherwise.</summary>
    public IReadOnlyList<FindingLink> Related { get; init; } = [];
}
