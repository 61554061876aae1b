using FormHub.Core.OrgUnits;
using FormHub.Core.Periods;
using FormHub.Scripting.Compilation;
using FormHub.Storage;
using FormHub.Storage.Model;

namespace FormHub.Reports;

/// <summary>
/// Keeps report rows live: follows the store's change feed and re-derives only what a change touches — the village,
/// the periods it affects, the templates that read the changed entity type and fields — and the rollups above it.
/// The feed position is stored, so a restart resumes where it stopped.
/// </summary>
public sealed class LiveReportMaterializer(IFormHubStore store, ReportDeriver deriver, TimeProvider? clock = null)
{
    public const string CursorName = "report-materializer";

    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    /// <summary>Applies every change recorded since the stored cursor; returns how many feed entries it handled.</summary>
    public async Task<int> ProcessPendingAsync(CancellationToken ct = default)
    {
        var cursor = await store.GetCursorAsync(CursorName, ct);
        var changes = await store.ReadChangesAsync(cursor, 5000, ct);
        if (changes.Count == 0) return 0;

        var tree = await deriver.LoadRegionsAsync(ct);
        var today = DateOnly.FromDateTime(_clock.GetUtcNow().UtcDateTime.AddHours(8));
        var refresh = new List<VillageWork>();
        foreach (var village in changes.GroupBy(c => c.VillageCode))
        {
            if (tree.Find(village.Key) is not { } unit) continue;
            var work = new HashSet<(CompiledTemplate, Period)>();
            var reported = new Dictionary<(string, int), IReadOnlyList<string>>(); // periods already reported, read once per village
            foreach (var change in village)
            {
                foreach (var item in await AffectedAsync(change, village.Key, today, reported, ct)) work.Add(item);
            }
            var open = new List<(CompiledTemplate, Period)>();
            var frozen = new Dictionary<string, bool>();
            foreach (var item in work)
            {
                if (!await IsFrozenAsync(village.Key, item.Item2, frozen, ct)) open.Add(item);
            }
            if (open.Count > 0) refresh.Add(new VillageWork(unit, open));
        }
        // All villages of the pass at once, so each township and the county above them is rolled up once.
        await deriver.RefreshVillagesAsync(tree, refresh, ct);
        await store.SetCursorAsync(CursorName, changes[^1].Cursor, ct);
        return changes.Count;
    }

    /// <summary>
    /// True when the village's submission for the month a report period ends in is approved: an approved period is frozen
    /// (reports never change silently); its rows change again only when a revision is approved (<see cref="ReportDeriver.RefreshVillageAsync"/>).
    /// </summary>
    private async Task<bool> IsFrozenAsync(string village, Period period, Dictionary<string, bool> frozen, CancellationToken ct)
    {
        var month = Period.Containing(period.End, PeriodType.Monthly).Key;
        if (!frozen.TryGetValue(month, out var isFrozen))
            frozen[month] = isFrozen = (await store.GetSubmissionAsync(village, month, ct)).IsApproved;
        return isFrozen;
    }

    /// <summary>
    /// The (template version, period) pairs one change can alter. A periodic value affects its own period (or the
    /// quarter/year containing it); an attribute change affects the period it takes effect in and every later one
    /// already reported, up to the current period.
    /// </summary>
    private async Task<IEnumerable<(CompiledTemplate, Period)>> AffectedAsync(ChangeFeedEntry change, string village, DateOnly today,
        Dictionary<(string, int), IReadOnlyList<string>> reported, CancellationToken ct)
    {
        var result = new List<(CompiledTemplate, Period)>();
        var changed = Period.Parse(change.Period);
        var membership = change.Kind is EventKind.Created or EventKind.Retired;
        foreach (var id in deriver.Library.Ids)
        {
            var readsPrevious = deriver.Library.Versions(id).Any(v => v.ReadsPreviousPeriod);
            var type = deriver.Library.Versions(id)[^1].Template.Period;
            var first = changed.Type == type ? changed : Period.Containing(changed.Start, type);
            var periods = new HashSet<Period> { first };
            // Attribute changes hold from their month on; any change flows on through prev() into later periods.
            if (change.Kind != EventKind.PeriodicSet || readsPrevious)
            {
                var current = Period.Containing(today, type);
                if (string.CompareOrdinal(current.Key, first.Key) > 0) periods.Add(current);
                foreach (var version in deriver.Library.Versions(id))
                {
                    var versionKey = (id, version.Template.Version);
                    if (!reported.TryGetValue(versionKey, out var keys))
                        reported[versionKey] = keys = await store.GetReportPeriodsAsync(id, version.Template.Version, village, ct);
                    foreach (var key in keys)
                    {
                        if (string.CompareOrdinal(key, first.Key) > 0) periods.Add(Period.Parse(key));
                    }
                }
            }
            foreach (var period in periods.OrderBy(p => p.Start))
            {
                if (deriver.Library.InForce(id, period) is not { } template) continue;
                // A later period that reads prev() changes when an earlier one does, whatever the fields.
                if (template.IsAffectedBy(change.EntityType, membership, change.Fields)
                    || (readsPrevious && period != first && result.Any(r => r.Item1.Template.Id == id)))
                    result.Add((template, period));
            }
        }
        return result;
    }

    /// <summary>
    /// Polls the change feed until cancelled; a failed pass is retried on the next poll, losing nothing.
    /// <paramref name="onCaughtUp"/> is told each time the feed has nothing left.
    /// </summary>
    public async Task RunAsync(TimeSpan pollInterval, Action<Exception>? onError = null, CancellationToken ct = default, Action? onCaughtUp = null)
    {
        while (!ct.IsCancellationRequested)
        {
            try
            {
                if (await ProcessPendingAsync(ct) > 0) continue;
                onCaughtUp?.Invoke();
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested) { return; }
            catch (Exception e) { onError?.Invoke(e); }
            try { await Task.Delay(pollInterval, _clock, ct); }
            catch (OperationCanceledException) { return; }
        }
    }
}
