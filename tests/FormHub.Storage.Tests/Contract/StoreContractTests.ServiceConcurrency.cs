using FormHub.Storage.Errors;
using FormHub.Storage.Model;

namespace FormHub.Storage.Tests.Contract;

/// <summary>
/// What several servers doing the same service write at once must leave behind: one lease holder, one claim per
/// delivery, one notification per change, one winning reviewer with one audit line, a cursor at the furthest position.
/// </summary>
public abstract partial class StoreContractTests
{
    private static Task<T[]> AtOnce<T>(int count, Func<int, Task<T>> write) => Task.WhenAll(Enumerable.Range(0, count).Select(write));

    [Fact]
    public async Task OfServersTakingOneLeaseAtOnceExactlyOneHoldsItUntilItGivesItUp()
    {
        var held = await AtOnce(6, i => Store.TryHoldLeaseAsync("materializer", "server-" + i, TimeSpan.FromSeconds(30)));

        Assert.Equal(1, held.Count(h => h));
        var holder = await Store.GetLeaseHolderAsync("materializer");
        Assert.Equal("server-" + Array.IndexOf(held, true), holder);
        Assert.False(await Store.TryHoldLeaseAsync("materializer", "late", TimeSpan.FromSeconds(30)));
        Assert.True(await Store.TryTakeOverLeaseAsync("materializer", "late", holder!, TimeSpan.FromSeconds(30)));
        await Store.ReleaseLeaseAsync("materializer", holder!);
        Assert.Equal("late", await Store.GetLeaseHolderAsync("materializer"));
        await Store.ReleaseLeaseAsync("materializer", "late");
        Assert.Null(await Store.GetLeaseHolderAsync("materializer"));
    }

    [Fact]
    public async Task AChangeToldByServersAtOnceIsToldOnceAndEachDeliveryIsClaimedByOneSender()
    {
        var at = Clock.GetUtcNow();
        var subscription = new Subscription(Guid.NewGuid(), "minzheng", "mz-dibao-monthly", "361025000000", "token", "https://example.org/hook", "s", at);
        await Store.SaveSubscriptionAsync(subscription);
        Notification Told(string period) => new(0, subscription.Id, "minzheng", "mz-dibao-monthly", subscription.UnitCode, period, "ready", "低保月报已齐", "", at, null);

        var ids = await AtOnce(6, _ => Store.TellAsync(Told("2026-11"), "ready", "{}", at));
        Assert.Single(ids, id => id != 0);
        for (var month = 1; month <= 5; month++) await Store.TellAsync(Told($"2026-{month:00}"), "ready", "{}", at);

        var claims = await AtOnce(4, _ => Store.ClaimDueDeliveriesAsync(at, TimeSpan.FromMinutes(3)));
        var claimed = claims.SelectMany(c => c).Select(d => d.Id).ToList();
        Assert.Equal(6, claimed.Count);
        Assert.Equal(6, claimed.Distinct().Count());
    }

    [Fact]
    public async Task OfReviewersActingOnOneVersionAtOnceOneWinsAndOnlyItsAuditLineIsWritten()
    {
        var at = Clock.GetUtcNow();
        await Store.SaveSubmissionAsync(Submission.NewDraft(VillageA, "2026-11") with { Status = SubmissionStatus.Submitted }, 0,
            new AuditEntry(0, at, "cadre-a", "submit", VillageA, "2026-11", null));
        var submitted = await Store.GetSubmissionAsync(VillageA, "2026-11");

        var outcomes = await AtOnce(6, async i =>
        {
            try
            {
                await Store.SaveSubmissionAsync(submitted with { Status = SubmissionStatus.Approved, UpdatedBy = "reviewer-" + i }, 1,
                    new AuditEntry(0, at, "reviewer-" + i, "approve", VillageA, "2026-11", null));
                return true;
            }
            catch (SubmissionConflictException)
            {
                return false;
            }
        });

        Assert.Equal(1, outcomes.Count(o => o));
        var stored = await Store.GetSubmissionAsync(VillageA, "2026-11");
        Assert.Equal((SubmissionStatus.Approved, 2L), (stored.Status, stored.Version));
        Assert.Equal([stored.UpdatedBy, "cadre-a"], (await Store.ListAuditAsync(VillageA)).Select(a => a.User));
    }

    [Fact]
    public async Task ACursorMovedByOverlappingReadersAtOnceEndsAtTheFurthestPosition()
    {
        await AtOnce(6, i => Store.SetCursorAsync("materializer", new FeedCursor(1, 10 + i)).ContinueWith(_ => true));

        Assert.Equal(new FeedCursor(1, 15), await Store.GetCursorAsync("materializer"));
    }
}
