using FormHub.Storage.Model;

namespace FormHub.Storage.Marten.Documents;

/// <summary>
/// A finding of a record rule in a village and month. <see cref="OpenKey"/> is set only while it is open: its unique
/// index keeps one open finding per rule, record and month (PostgreSQL lets any number of rows hold null).
/// </summary>
public sealed record FindingDocument(
    Guid Id, string RuleId, Guid EntityId, string EntityType, string VillageCode, string Period, int Level, string Message,
    IReadOnlyDictionary<string, string?> Values, string? Gap, DateTimeOffset AppearedAt, DateTimeOffset? ResolvedAt, string? OpenKey,
    string? MessageEn = null)
{
    /// <summary>Links to the other records of an across-villages finding; null on documents from before them.</summary>
    public IReadOnlyList<FindingLink>? Related { get; init; }

    public static string KeyOf(string ruleId, Guid entityId, string period) => $"{ruleId}|{entityId:N}|{period}";
}
