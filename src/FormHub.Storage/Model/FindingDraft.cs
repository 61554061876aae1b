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

    /// <summary>
    /// Whether <paramref name="stored"/>, the open finding of this draft's rule and record, already says what this draft
    /// says (saving the draft would change nothing).
    /// </summary>
    public bool Matches(Finding stored) => Matches(stored.Level, stored.Message, stored.MessageEn, stored.Gap, stored.Values, stored.Related);

    /// <summary>
    /// The same level, messages, gap, values and links as a finding stored with these. The values are compared as a set
    /// (jsonb keeps keys in its own order); a finding stored before links were kept has none (<paramref name="related"/> null).
    /// </summary>
    public bool Matches(FindingLevel level, string message, string? messageEn, string? gap, IReadOnlyDictionary<string, string?> values,
        IReadOnlyList<FindingLink>? related) =>
        Level == level && Message == message && MessageEn == messageEn && Gap == gap
        && Values.Count == values.Count && Values.All(v => values.TryGetValue(v.Key, out var value) && value == v.Value)
        && (related ?? []).SequenceEqual(Related);
}
