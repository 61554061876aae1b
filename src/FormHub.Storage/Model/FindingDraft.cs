using FormHub.Core.Rules;

namespace FormHub.Storage.Model;

/// <summary>
/// A record a rule found in one evaluation, before it is stored: the rule, the record, the message naming it, the
/// values at fault (as text, field name → value) and, for an eligibility rule, the gap (应享未享 / 不应享仍享).
/// </summary>
public sealed record FindingDraft(string RuleId, Guid EntityId, string EntityType, FindingLevel Level, string Message,
    IReadOnlyDictionary<string, string?> Values, string? Gap = null)
{
    /// <summary>The other records the finding concerns, in other villages (an across-villages rule); empty otherwise.</summary>
    public IReadOnlyList<FindingLink> Related { get; init; } = [];
}
