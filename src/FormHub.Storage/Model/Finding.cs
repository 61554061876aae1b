using FormHub.Core.Rules;

namespace FormHub.Storage.Model;

/// <summary>
/// A stored finding of a record rule for one village and month: when it first appeared and, once the record no longer
/// meets the rule, when it was resolved (<see cref="ResolvedAt"/>; null while open). A finding that comes back after
/// being resolved is a new one. <see cref="MessageEn"/> is the rule's <c>message_en</c> for the record (null: none).
/// </summary>
public sealed record Finding(
    Guid Id,
    string RuleId,
    Guid EntityId,
    string EntityType,
    string VillageCode,
    string Period,
    FindingLevel Level,
    string Message,
    IReadOnlyDictionary<string, string?> Values,
    string? Gap,
    DateTimeOffset AppearedAt,
    DateTimeOffset? ResolvedAt,
    string? MessageEn = null)
{
    public bool IsOpen => ResolvedAt is null;

    /// <summary>The other records the finding concerns, in other villages (an across-villages rule); empty otherwise.</summary>
    public IReadOnlyList<FindingLink> Related { get; init; } = [];
}
