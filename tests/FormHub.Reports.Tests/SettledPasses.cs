using FormHub.Storage;
using FormHub.Tests.Shared;

namespace FormHub.Reports.Tests;

/// <summary>
/// Materializer passes over everything saved so far. PostgreSQL's feed releases a change only once every older
/// transaction on the server has ended, and the suite's other tests keep some open: a pass right after a save may find
/// nothing yet, or only the saves before it. So first wait until the feed holds every stored event (<see cref="SettledFeed"/>).
/// </summary>
internal static class SettledPasses
{
    /// <summary>Waits for the feed to hold every event stored, then runs passes until one finds nothing; the changes taken.</summary>
    public static async Task<int> RunAsync(IFormHubStore store, LiveReportMaterializer materializer)
    {
        await SettledFeed.EndAsync(store);
        var taken = 0;
        for (int pass; (pass = await materializer.ProcessPendingAsync()) > 0;) taken += pass;
        return taken;
    }
}
