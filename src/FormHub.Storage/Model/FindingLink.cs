namespace FormHub.Storage.Model;

/// <summary>
/// Another record a finding concerns (an across-villages rule: the same person or phone in other villages), by id and
/// village: whoever reads the finding is shown a link to it only when their scope covers that village.
/// </summary>
public sealed record FindingLink(Guid EntityId, string EntityType, string VillageCode);
