using FormHub.Storage;
using FormHub.Storage.Model;

namespace FormHub.Reports.Tests;

/// <summary>
/// Materializer passes over everything saved so far. PostgreSQL's feed releases a change only once every older
/// transaction on the server has ended, and the suite's other tests keep some open: a pass right after a save may find
/// nothing yet, or only the saves before it. So first wait (at most 30 s) until the feed holds every stored event.
/// </summary>
internal static class SettledPasses
{
    /// <summary>Waits for the feed to hold every event stored, then runs passes until one finds nothing; the changes taken.</summary>
    public static async Task<int> RunAsync(IFormHubStore store, LiveReportMaterializer materializer)
    {
        var events = (await store.CountAsync()).Events;
        for (var until = DateTime.UtcNow.AddSeconds(30);
             (await store.ReadChangesAsync(FeedCursor.Start, 1_000_000)).Count < events && DateTime.UtcNow < until;)
            await Task.Delay(20);
        var taken = 0;
        for (int pass; (pass = await materializer.ProcessPendingAsync()) > 0;) taken += pass;
        return taken;
    }
}
