namespace FormHub.Storage.Marten.Documents;

/// <summary>The outcome recorded for one record on one rule's list (see <see cref="KeyOf"/>).</summary>
public sealed record EligibilityOutcomeDocument(
    string Id, string RuleId, Guid EntityId, string VillageCode, string Outcome, string? Reason, string RecordedBy, DateTimeOffset RecordedAt)
{
    public static string KeyOf(string ruleId, Guid entityId) => $"{ruleId}|{entityId:N}";
}
