namespace FormHub.Storage.Model;

/// <summary>
/// What a save asks of its village's filings before it writes: the village's submitted or approved months from
/// <see cref="FromMonth"/> on (as <see cref="ISubmissionStore.ListClosedSubmissionsAsync"/> lists them) are read in the
/// save's own transaction and handed to <see cref="Refusal"/>; the exception it returns is thrown and nothing is written.
/// On PostgreSQL the read rides on the save's first round trip instead of being one of its own before the save.
/// </summary>
public sealed record FilingGuard(string VillageCode, string FromMonth, Func<IReadOnlyList<Submission>, Exception?> Refusal);
