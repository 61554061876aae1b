namespace FormHub.Storage.Marten.Documents;

/// <summary>A village's submission for a period (see <see cref="KeyOf"/>); <see cref="StateVersion"/> is the submission's own version.</summary>
public sealed record SubmissionDocument(
    string Id, string VillageCode, string Period, int Status, int Revision, long StateVersion, string? Comment, string? UpdatedBy,
    DateTimeOffset? UpdatedAt, DateTimeOffset? SubmittedAt, DateTimeOffset? ApprovedAt)
{
    public static string KeyOf(string villageCode, string period) => $"{villageCode}|{period}";
}
