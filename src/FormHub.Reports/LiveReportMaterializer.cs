using System.Collections.Concurrent;
using FormHub.Core.OrgUnits;
using FormHub.Core.Periods;
using FormHub.Scripting.Compilation;
using FormHub.Storage;
using FormHub.Storage.Model;

namespace FormHub.Reports;

/// <summary>
/// Keeps report rows live: follows the store's change feed and re-derives only what a change touches — the village,
/// the periods it affects, the templates that read the changed entity type and fields — and the rollups above it.
/// The feed position is stored, so a restart resumes where it stopped. Only the holder of the database's materializer
/// lease works (two servers, or <c>formhub reports watch</c> beside a server, never both move the cursor); a change
/// whose derivation fails for a reason other than the database is set aside (<see cref="QuarantinedChange"/>) so it
/// cannot stop the changes after it, and is tried again on start and whenever the templates or the code change.
/// A lease whose holder is known to have stopped is taken over at once rather than after it expires: a holder of this
/// process that no longer runs on this database (stopped without releasing, or running on the database this one was
/// copied or restored from, which carried the lease row along).
/// Between passes it keeps the villages it derived (<see cref="LiveVillageCache"/>, up to <paramref name="keptEntities"/>
/// documents; 0 keeps none) and patches them from the feed's changed entities instead of reading them again.
/// </summary>
public sealed class LiveReportMaterializer(IFormHubStore store, ReportDeriver deriver, TimeProvider? clock = null, string? holder = null,
    FindingsDeriver? findings = null, int keptEntities = LiveVillageCache.DefaultMaxEntities)
{
    public const string CursorName = "report-materializer";

    /// <summary>The lease row's name: one materializer per database.</summary>
    public const string LeaseName = "report-materializer";

    /// <summary>
    /// How long a lease lasts unrenewed: a holder that died (kill -9, a lost machine) is replaced within this time plus one
    /// poll, so 20 s keeps the hand-over under 30 s; the holder renews it every third (≈ 7 s), one small write.
    /// </summary>
    public static readonly TimeSpan LeaseDuration = TimeSpan.FromSeconds(20);

    /// <summary>This process's part of every default holder name: unique per process, unlike a process id.</summary>
    private static readonly string ThisProcess = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}/";

    /// <summary>The materializers of this process that hold a lease now, by holder, with the database each holds it on.</summary>
    private static readonly ConcurrentDictionary<string, string> Holding = new(StringComparer.Ordinal);

    private readonly TimeProvider _clock = clock ?? TimeProvider.System;
    private DateTimeOffset _leaseRenewedAt = DateTimeOffset.MinValue;
    private string? _retriedUnder; // the library version the quarantine was last retried under; null until the first pass
    private readonly LiveVillageCache? _kept = keptEntities > 0 ? new LiveVillageCache(store, keptEntities) : null;
    private FeedCursor _keptAt = FeedCursor.Start; // the cursor this materializer last set: the kept villages hold every change up to it

    /// <summary>The villages kept between passes (null when none are kept).</summary>
    public LiveVillageCache? Kept => _kept;

    /// <summary>Who this materializer is in the lease row (machine, process and instance).</summary>
    public string Holder { get; } = holder ?? ThisProcess + Guid.NewGuid().ToString("N");

    /// <summary>Whether this materializer held the lease at its last pass.</summary>
    public bool HoldsLease { get; private set; }

    /// <summary>
    /// Applies every change recorded since the stored cursor, if this materializer holds the lease; returns how many feed
    /// entries it handled (0 when another holds the lease).
    /// </summary>
    public async Task<int> ProcessPendingAsync(CancellationToken ct = default)
    {
        if (!await HoldLeaseAsync(ct)) return 0;
        if (_retriedUnder != deriver.Library.Version) await RetryQuarantinedAsync(ct);

        var cursor = await store.GetCursorAsync(CursorName, ct);
        // The kept villages are patched from every change this materializer applied; a cursor someone else moved (another
        // holder, a restored database) means changes it never saw.
        if (cursor != _keptAt) _kept?.Forget();
        _keptAt = cursor;
        var changes = await store.ReadChangesAsync(cursor, 5000, ct);
        if (changes.Count == 0) return 0;
        // Marked before anything is derived, so every read of a kept village in this pass re-reads what they changed.
        _kept?.Changed(changes);
        try
        {
            await ApplyChangesAsync(changes, ct);
        }
        catch
        {
            // Whatever failed may have left a kept village half read: the next pass reads them anew.
            _kept?.Forget();
            throw;
        }
        // The holder may have lost the lease during a long pass; the store only ever moves the cursor forward, so an
        // overlapping holder cannot move it back either.
        await store.SetCursorAsync(CursorName, changes[^1].Cursor, ct);
        _keptAt = changes[^1].Cursor;
        return changes.Count;
    }

    private async Task ApplyChangesAsync(IReadOnlyList<ChangeFeedEntry> changes, CancellationToken ct)
    {
        // Read the villages with the newest catalog, even in `formhub reports watch`, which saves nothing itself.
        await store.RefreshCatalogAsync(ct);
        var tree = await deriver.LoadRegionsAsync(ct);
        try
        {
            await ApplyAsync(tree, changes, ct);
        }
        catch (Exception e) when (IsTheChanges(e, ct))
        {
            // Something in these changes cannot be derived: apply them one by one and set aside each that fails, so one
            // bad change never holds back the ones after it.
            foreach (var change in changes)
            {
                try { await ApplyAsync(tree, [change], ct); }
                catch (Exception bad) when (IsTheChanges(bad, ct)) { await QuarantineAsync(change, bad, 1, ct); }
            }
        }
    }

    /// <summary>
    /// Derives every change set aside again; those that succeed leave the quarantine, the others stay with the new reason.
    /// Returns how many succeeded.
    /// </summary>
    public async Task<int> RetryQuarantinedAsync(CancellationToken ct = default)
    {
        _retriedUnder = deriver.Library.Version;
        var quarantined = await store.ListQuarantinedChangesAsync(ct);
        if (quarantined.Count == 0) return 0;
        var tree = await deriver.LoadRegionsAsync(ct);
        var released = 0;
        foreach (var entry in quarantined)
        {
            try
            {
                await ApplyAsync(tree, [entry.Change], ct);
                await store.ReleaseQuarantinedChangeAsync(entry.Change.Cursor, ct);
                released++;
            }
            catch (Exception bad) when (IsTheChanges(bad, ct)) { await QuarantineAsync(entry.Change, bad, entry.Attempts + 1, ct); }
        }
        return released;
    }

    /// <summary>Asks for the quarantine to be retried on the next pass (an admin fixed the data or the template).</summary>
    public void RequestRetry() => _retriedUnder = null;

    /// <summary>Gives the lease up (a clean stop), so another server or <c>reports watch</c> can take over at once.</summary>
    public async Task ReleaseLeaseAsync(CancellationToken ct = default)
    {
        if (!HoldsLease) return;
        // Out of the registry even if the release fails: a waiter of this process may then take the lease at once.
        Holding.TryRemove(Holder, out _);
        HoldsLease = false;
        _leaseRenewedAt = DateTimeOffset.MinValue;
        await store.ReleaseLeaseAsync(LeaseName, Holder, ct);
    }

    // Renewed when a third of the lease has passed, not on every poll: each renewal is a write.
    private async Task<bool> HoldLeaseAsync(CancellationToken ct)
    {
        var now = _clock.GetUtcNow();
        if (HoldsLease && now - _leaseRenewedAt < LeaseDuration / 3) return true;
        var held = HoldsLease;
        HoldsLease = await store.TryHoldLeaseAsync(LeaseName, Holder, LeaseDuration, ct)
            || (await store.GetLeaseHolderAsync(LeaseName, ct) is { } other && IsAbandoned(other)
                && await store.TryTakeOverLeaseAsync(LeaseName, Holder, other, LeaseDuration, ct));
        if (HoldsLease)
        {
            // Taken (again): while another server held it, its saves never reached this process's across-villages indexes.
            if (!held && findings is not null) await findings.ForgetAcrossIndexesAsync(ct);
            if (!held) _kept?.Forget();
            _leaseRenewedAt = now;
            Holding[Holder] = store.Location;
        }
        else Holding.TryRemove(Holder, out _);
        return HoldsLease;
    }

    /// <summary>
    /// True when <paramref name="holder"/> is a materializer of this process that holds no lease on this database: it
    /// stopped without giving the lease up, or the lease row came with a copy of the database it works on. Holders in
    /// other processes are never judged: their lease is waited out.
    /// </summary>
    private bool IsAbandoned(string holder) =>
        holder != Holder && holder.StartsWith(ThisProcess, StringComparison.Ordinal)
        && !(Holding.TryGetValue(holder, out var location) && location == store.Location);

    /// <summary>
    /// True when a failure is the changes' own (bad data, a template or code defect): not cancellation, and not the
    /// database being unreachable, busy or full — those fail every change alike, and the pass is simply retried.
    /// </summary>
    private static bool IsTheChanges(Exception e, CancellationToken ct) =>
        !(e is OperationCanceledException && ct.IsCancellationRequested)
        && e is not (System.Data.Common.DbException or TimeoutException or IOException or OutOfMemoryException);

    private Task QuarantineAsync(ChangeFeedEntry change, Exception why, int attempts, CancellationToken ct) =>
        store.QuarantineChangeAsync(new QuarantinedChange(change, $"{why.GetType().Name}: {why.Message}", deriver.Library.Version, _clock.GetUtcNow(), attempts), ct);

    private async Task ApplyAsync(RegionTree tree, IReadOnlyList<ChangeFeedEntry> changes, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(_clock.GetUtcNow().UtcDateTime.AddHours(8));
        var villages = new List<(string Code, OrgUnit Unit, IEnumerable<ChangeFeedEntry> Changes)>();
        foreach (var village in changes.GroupBy(c => c.VillageCode))
        {
            if (tree.Find(village.Key) is { } unit) villages.Add((village.Key, unit, village));
        }
        // The kept villages' changed entities re-read at once, not village by village as each is first read.
        if (_kept is not null) await _kept.PatchAsync(villages.Select(v => v.Code), ct);
        // The pass's villages' reported periods, then their filing months' submissions: one read each for the whole pass.
        var reported = await store.GetReportPeriodsAsync(villages.Select(v => v.Code).ToList(), EarliestFirsts(changes), ct);
        var work = villages.Select(v => (v.Code, v.Unit, Items: v.Changes.SelectMany(c => Affected(c, today, reported[v.Code])).ToHashSet())).ToList();
        var filings = await store.GetSubmissionsAsync(
            work.SelectMany(w => w.Items.Select(item => (w.Code, FilingMonthOf(item.Item2)))).Distinct().ToList(), ct);
        var refresh = new List<VillageWork>();
        foreach (var (code, unit, items) in work)
        {
            // An approved month is frozen (reports never change silently); its rows change again only when a revision is
            // approved (ReportDeriver.RefreshVillageAsync).
            var open = items.Where(item => !filings[(code, FilingMonthOf(item.Item2))].IsApproved).ToList();
            if (open.Count > 0) refresh.Add(new VillageWork(unit, open));
        }
        // All villages of the pass at once, so each township and the county above them is rolled up once.
        // The township village rows its rollups read back are handed to the outliers, which judge the same rows.
        var passRows = new PassRows();
        await deriver.RefreshVillagesAsync(tree, refresh, ct, _kept, passRows);
        // Record rules follow the same feed: a save re-evaluates only the rules its entity type and fields touch.
        if (findings is not null) await findings.RefreshChangesAsync(tree, changes, today, ct, _kept);
        // Outliers judge the rows just derived against the village's history and its township's villages.
        // Only the rows the pass wrote: a row left as stored changed no township's median or spread.
        if (findings?.Outliers is { } outliers && passRows.Written(refresh) is { Count: > 0 } written) await outliers.RefreshAsync(written, ct, passRows);
    }

    /// <summary>The month whose submission decides whether a report period is frozen.</summary>
    private static string FilingMonthOf(Period period) => ReportDeriver.FilingMonthOf(period).Key;

    /// <summary>The period type of template <paramref name="id"/> (its newest version's).</summary>
    private PeriodType TypeOf(string id) => deriver.Library.Versions(id)[^1].Template.Period;

    /// <summary>The first period of a template of period type <paramref name="type"/> a change of <paramref name="changed"/> alters.</summary>
    private static Period FirstOf(Period changed, PeriodType type) => changed.Type == type ? changed : Period.Containing(changed.Start, type);

    /// <summary>
    /// Per template, the earliest of its first periods the pass's changes alter: <see cref="Affected"/> adds only reported
    /// periods whose key is after (ordinal) a change's first period, so none before this bound (null, read all, when a
    /// change's period does not parse: its own failure is the change's, not the pass's).
    /// </summary>
    private Dictionary<string, string>? EarliestFirsts(IReadOnlyList<ChangeFeedEntry> changes)
    {
        var since = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var period in changes.Select(c => c.Period).Distinct(StringComparer.Ordinal))
        {
            if (!Period.TryParse(period, out var changed, out _)) return null;
            foreach (var id in deriver.Library.Ids)
            {
                var first = FirstOf(changed, TypeOf(id)).Key;
                if (!since.TryGetValue(id, out var known) || string.CompareOrdinal(first, known) < 0) since[id] = first;
            }
        }
        return since;
    }

    /// <summary>
    /// The (template version, period) pairs one change can alter. A periodic value affects its own period (or the
    /// quarter/year containing it); an attribute change affects the period it takes effect in and every later one
    /// already reported (<paramref name="reported"/>), up to the current period.
    /// </summary>
    private List<(CompiledTemplate, Period)> Affected(ChangeFeedEntry change, DateOnly today, UnitReportPeriods reported)
    {
        var result = new List<(CompiledTemplate, Period)>();
        var changed = Period.Parse(change.Period);
        var membership = change.Kind is EventKind.Created or EventKind.Retired;
        foreach (var id in deriver.Library.Ids)
        {
            var readsPrevious = deriver.Library.Versions(id).Any(v => v.ReadsPreviousPeriod);
            var type = TypeOf(id);
            var first = FirstOf(changed, type);
            var periods = new HashSet<Period> { first };
            // A yearly value read by a monthly report (its field's own period is coarser) is in every month of the year.
            if (changed.Type > type) periods.UnionWith(changed.Within(type).Where(p => p.Start <= today));
            // Attribute changes hold from their month on; any change flows on through prev() into later periods.
            if (change.Kind != EventKind.PeriodicSet || readsPrevious)
            {
                var current = Period.Containing(today, type);
                if (string.CompareOrdinal(current.Key, first.Key) > 0) periods.Add(current);
                foreach (var version in deriver.Library.Versions(id))
                {
                    foreach (var key in reported.Of(id, version.Template.Version))
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
            catch (OperationCanceledException) when (ct.IsCancellationRequested) { break; }
            catch (Exception e) { onError?.Invoke(e); }
            try { await Task.Delay(pollInterval, _clock, ct); }
            catch (OperationCanceledException) { break; }
        }
        try { await ReleaseLeaseAsync(CancellationToken.None); }
        catch (Exception e) when (e is not OperationCanceledException) { onError?.Invoke(e); } // it expires on its own
    }
}
