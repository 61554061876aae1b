namespace FormHub.Reports.Templates;

/// <summary>What publishing did: the version now stored and the open periods whose rows were derived with it.</summary>
public sealed record PublishResult(string TemplateId, int Version, string EffectiveFrom, long Revision, IReadOnlyList<string> RecomputedPeriods,
    IReadOnlyList<string>? VillagesStillSaving = null);
