using System.Diagnostics;
using System.Globalization;
using FormHub.Reports;
using FormHub.Storage;
using FormHub.Storage.Model;

namespace FormHub.Bench;

/// <summary>
/// How live the reports stay under the load (issue 12): every 250 ms from the start of the warm-up, the harness reads the
/// change feed's end and the materializer's cursor from a store of its own, and gives the age of the oldest saved change
/// not yet in the reports — at most the time since the last sample whose feed end the cursor has passed (so within one
/// sample's 250 ms of the truth, and an upper bound). The same figure whether the materializer runs in the server or in
/// its own process (<c>--materializer-process</c>).
/// </summary>
internal sealed partial class WebBench
{
    private static readonly TimeSpan FreshnessSample = TimeSpan.FromMilliseconds(250);

    /// <summary>The run's store, for the harness's own reads during the load (set once the county is seeded).</summary>
    private StorageOptions? _storage;

    /// <summary>Samples the reports' lag from <paramref name="start"/> until <paramref name="end"/>; describes the measured window's samples.</summary>
    private async Task<string?> SampleFreshnessAsync(long start, long warmEnd, long end)
    {
        if (_storage is null) return null;
        await using var store = await FormHubStoreFactory.OpenAsync(_storage, catalog);
        var ends = new List<(long At, FeedCursor End)>();
        var lags = new Samples();
        var caughtUp = 0;
        var unknown = 0;
        for (var due = start; due < end; due += (long)(FreshnessSample.TotalSeconds * Stopwatch.Frequency))
        {
            var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), due);
            if (wait > TimeSpan.Zero) await Task.Delay(wait);
            // The cursor first: the feed's end only grows, so the end read after it is never behind it.
            var cursor = await store.GetCursorAsync(LiveReportMaterializer.CursorName);
            var feedEnd = await store.GetFeedEndAsync();
            var at = Stopwatch.GetTimestamp();
            ends.Add((at, feedEnd));
            if (at < warmEnd) continue;
            if (cursor >= feedEnd) { caughtUp++; lags.Add(0); continue; }
            var passed = ends.FindLastIndex(e => e.End <= cursor);
            if (passed < 0) { unknown++; continue; }
            lags.Add(Stopwatch.GetElapsedTime(ends[passed].At, at).TotalMilliseconds);
        }
        var behind = await PendingChangesAsync(store, int.MaxValue);
        var older = unknown > 0 ? string.Create(CultureInfo.InvariantCulture, $", {unknown} samples behind every earlier one (older than the warm-up)") : "";
        return string.Create(CultureInfo.InvariantCulture,
            $"freshness in the measured window (age of the oldest saved change not yet in the reports, sampled every {FreshnessSample.TotalMilliseconds:F0} ms, " +
            $"an upper bound): p50 {lags.Median:F0} / p95 {lags.P95:F0} / max {lags.Max:F0} ms over {lags.Count} samples, caught up in {caughtUp}{older}; " +
            $"feed entries behind at the end of the window: {behind:N0}");
    }
}
