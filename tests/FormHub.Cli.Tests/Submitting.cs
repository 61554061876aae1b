using FormHub.Storage;
using FormHub.Storage.Model;

namespace FormHub.Cli.Tests;

/// <summary>Stores a village's month as the cadre's 提交 leaves it (status submitted, audited), without a server.</summary>
public static class Submitting
{
    public static async Task<Submission> SubmitAsync(IFormHubStore store, string village, string month)
    {
        var current = await store.GetSubmissionAsync(village, month);
        var now = DateTimeOffset.UtcNow;
        return await store.SaveSubmissionAsync(current with { Status = SubmissionStatus.Submitted, UpdatedBy = "cadre", UpdatedAt = now, SubmittedAt = now },
            current.Version, new AuditEntry(0, now, "cadre", "submit", village, month, null));
    }
}
