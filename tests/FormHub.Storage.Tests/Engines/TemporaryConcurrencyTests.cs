using FormHub.Storage.Errors;
using FormHub.Storage.Model;

namespace FormHub.Storage.Tests.Engines;

// TEMPORARY (issue 17b): concurrency of the Marten service documents; deleted before the branch is done.
public sealed class TemporaryConcurrencyTests : IAsyncLifetime
{
    private readonly MartenEngine _engine = new();
    private IFormHubStore _store = null!;
    private readonly FixedClock _clock = new(new DateTimeOffset(2026, 11, 23, 2, 0, 0, TimeSpan.Zero));

    public async Task InitializeAsync() => _store = await _engine.CreateStoreAsync(TestCatalog.Create(), _clock);
    public async Task DisposeAsync() => await _engine.DisposeAsync();

    [Fact]
    public async Task OneHolderGetsALease()
    {
        var held = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => _store.TryHoldLeaseAsync("m", "h" + i, TimeSpan.FromSeconds(30))));
        Assert.Equal(1, held.Count(h => h));
        var holder = await _store.GetLeaseHolderAsync("m");
        Assert.True(await _store.TryHoldLeaseAsync("m", holder!, TimeSpan.FromSeconds(30)));
        Assert.False(await _store.TryHoldLeaseAsync("m", "other", TimeSpan.FromSeconds(30)));
        Assert.True(await _store.TryTakeOverLeaseAsync("m", "other", holder!, TimeSpan.FromSeconds(30)));
        await _store.ReleaseLeaseAsync("m", holder!);
        Assert.Equal("other", await _store.GetLeaseHolderAsync("m"));
        await _store.ReleaseLeaseAsync("m", "other");
        Assert.Null(await _store.GetLeaseHolderAsync("m"));
    }

    [Fact]
    public async Task DeliveriesAreClaimedOnceAndTellingOnce()
    {
        var at = _clock.GetUtcNow();
        var sub = new Subscription(Guid.NewGuid(), "u", "t", "361025000000", "tok", "https://x/hook", "s", at);
        await _store.SaveSubscriptionAsync(sub);
        var ids = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ =>
            _store.TellAsync(new Notification(0, sub.Id, "u", "t", sub.UnitCode, "2026-11", "ready", "t", "b", at, null), "ready", "{}", at)));
        Assert.Single(ids, id => id != 0);
        for (var m = 1; m <= 5; m++)
            await _store.TellAsync(new Notification(0, sub.Id, "u", "t", sub.UnitCode, $"2025-{m:00}", "ready", "t", "b", at, null), "ready", "{}", at);
        var claims = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => _store.ClaimDueDeliveriesAsync(at, TimeSpan.FromMinutes(3), 10)));
        var all = claims.SelectMany(c => c).Select(d => d.Id).ToList();
        Assert.Equal(6, all.Count);
        Assert.Equal(6, all.Distinct().Count());
    }

    [Fact]
    public async Task OneReviewerWinsASubmission()
    {
        var at = _clock.GetUtcNow();
        var outcomes = await Task.WhenAll(Enumerable.Range(0, 6).Select(async i =>
        {
            try
            {
                await _store.SaveSubmissionAsync(Submission.NewDraft("361025101201", "2026-11") with { Status = SubmissionStatus.Submitted },
                    0, new AuditEntry(0, at, "u" + i, "submit", "361025101201", "2026-11", null));
                return true;
            }
            catch (SubmissionConflictException) { return false; }
        }));
        Assert.Equal(1, outcomes.Count(o => o));
        Assert.Single(await _store.ListAuditAsync(null));
        var stored = await _store.GetSubmissionAsync("361025101201", "2026-11");
        var second = await Task.WhenAll(Enumerable.Range(0, 6).Select(async i =>
        {
            try
            {
                await _store.SaveSubmissionAsync(stored with { Status = SubmissionStatus.Approved, Comment = "c" + i }, 1,
                    new AuditEntry(0, at, "r" + i, "approve", "361025101201", "2026-11", null));
                return true;
            }
            catch (SubmissionConflictException) { return false; }
        }));
        Assert.Equal(1, second.Count(o => o));
        Assert.Equal(2, (await _store.ListAuditAsync(null)).Count);
        Assert.Equal(2, (await _store.GetSubmissionAsync("361025101201", "2026-11")).Version);
        await Task.WhenAll(Enumerable.Range(0, 6).Select(i => _store.SetCursorAsync("c", new FeedCursor(1, i))));
        Assert.Equal(new FeedCursor(1, 5), await _store.GetCursorAsync("c"));
    }
}
