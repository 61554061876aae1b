using FormHub.Storage;
using FormHub.Storage.Model;

namespace FormHub.Tests.Shared;

/// <summary>
/// PostgreSQL releases a change only once every transaction older than it has ended, in the whole database: other
/// tests saving in parallel (in their own schemas) can hold one back for a moment. These wait, up to 30 s, for what a
/// test itself wrote. Linked source, shared by the Reports and Storage test projects.
/// </summary>
internal static class SettledFeed
{
    /// <summary>The feed's end once every event stored so far has been released.</summary>
    public static async Task<FeedCursor> EndAsync(IFormHubStore store)
    {
        await ChangesAsync(store, FeedCursor.Start, (int)(await store.CountAsync()).Events);
        return await store.GetFeedEndAsync();
    }

    /// <summary>The changes after <paramref name="after"/>, once there are at least <paramref name="count"/> (or the wait ends).</summary>
    public static async Task<IReadOnlyList<ChangeFeedEntry>> ChangesAsync(IFormHubStore store, FeedCursor after, int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var changes = await store.ReadChangesAsync(after, 10_000);
            if (changes.Count >= count || DateTime.UtcNow > deadline) return changes;
            await Task.Delay(20);
        }
    }
}
