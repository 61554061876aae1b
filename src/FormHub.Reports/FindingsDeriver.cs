using System.Collections.Concurrent;
using System.Globalization;
using FormHub.Core.OrgUnits;
using FormHub.Core.Periods;
using FormHub.Core.Rules;
using FormHub.Scripting;
using FormHub.Scripting.Compilation;
using FormHub.Storage;
using FormHub.Storage.Model;

namespace FormHub.Reports;

/// <summary>
/// Runs the record rules and stores their findings: for one village and month (what a saved change re-evaluates, only
/// with the rules the change touches), for the villages of a pass of the change feed, and cold for a whole area
/// (<c>formhub rules run</c>). Findings are stored with when they appeared and were resolved; a rule whose script fails
/// in a village leaves that village's findings of the rule as they were and is reported in <see cref="RuleRunSummary.Failures"/>.
/// </summary>
public sealed class FindingsDeriver(IFormHubStore store, RuleBook rules, RuleEvaluator evaluator, TimeProvider? clock = null,
    Outliers.OutlierDeriver? outliers = null)
{
    private readonly RuleScopeLoader _loader = new(store);
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    public RuleBook Rules => rules;

    /// <summary>Outliers of report columns, judged with the findings when given (issue 18 item 3).</summary>
    public Outliers.OutlierDeriver? Outliers => outliers;

    /// <summary>Indexes of across-villages rules kept (county and month); more are rebuilt when asked for again.</summary>
    private const int AcrossIndexesKept = 2;
    private readonly Dictionary<(string County, string Month), AcrossVillageIndex> _acrossIndexes = [];
    private readonly List<(string, string)> _acrossOrder = [];
    private readonly SemaphoreSlim _acrossGate = new(1, 1);
    private RegionTree? _tree;

    /// <summary>
    /// Drops the across-villages indexes, so the next evaluation rebuilds them from the store: a process that (re)takes the
    /// live-reports lease did not see the saves another server evaluated meanwhile.
    /// </summary>
    public async Task ForgetAcrossIndexesAsync(CancellationToken ct = default)
    {
        await _acrossGate.WaitAsync(ct);
        try
        {
            _acrossIndexes.Clear();
            _acrossOrder.Clear();
        }
        finally { _acrossGate.Release(); }
    }

    /// <summary>
    /// Evaluates <paramref name="which"/> (default every rule) over one village for one month and stores the outcome. An
    /// across-villages rule among them also judges again the other villages of every group the village's records joined
    /// or left (their findings name this village and link to its records).
    /// </summary>
    public Task<RuleRunSummary> RefreshVillageAsync(OrgUnit village, Period month, IReadOnlyCollection<CompiledRule>? which = null, CancellationToken ct = default) =>
        RefreshAsync(village, month, which, collectInto: null, cascade: true, ct);

    /// <summary>
    /// One village: <paramref name="collectInto"/> is set in a cold run's first pass (across-villages rules only put the
    /// village's records into it; they are judged in the second pass, from what the first pass put in <paramref name="keep"/>
    /// when given, then passed as <paramref name="read"/>); <paramref name="cascade"/> judges again the other villages of
    /// the groups that changed.
    /// </summary>
    private async Task<RuleRunSummary> RefreshAsync(OrgUnit village, Period month, IReadOnlyCollection<CompiledRule>? which, AcrossVillageIndex? collectInto,
        bool cascade, CancellationToken ct, ConcurrentDictionary<string, RuleRecords>? keep = null, RuleRecords? read = null,
        IReadOnlyList<Finding>? open = null, LiveVillageCache? live = null, HashSet<(string, string)>? written = null)
    {
        var selected = which ?? rules.Rules;
        if (selected.Count == 0) return RuleRunSummary.None;
        var types = selected.SelectMany(r => r.EntityTypesRead).Append("household").Append("person")
            .Where(t => store.Catalog.EntityTypes.Any(e => e.Key == t)).Distinct().ToList();
        // The log is read only when a selected rule reads some field's history.
        var history = selected.SelectMany(r => r.HistoryFields).Distinct().ToList();
        var records = read ?? await _loader.LoadAsync(village, month, types, ct, history, live);
        var kept = keep is null ? null : new HashSet<Guid>();
        var (index, fresh) = collectInto is not null ? (collectInto, false)
            : selected.Any(r => r.Across is { WithinVillage: false }) ? await AcrossIndexAsync(village, month, ct) : (null, false);
        var tree = index is null ? null : await TreeAsync(village.Code, ct);
        var code = village.Code.Value;
        var drafts = new List<FindingDraft>();
        var evaluated = new List<string>();
        var failures = new List<string>();
        var others = new Dictionary<string, HashSet<CompiledRule>>(StringComparer.Ordinal);
        foreach (var rule in selected)
        {
            Func<ScriptEntity, AcrossGroup?>? groupOf = null;
            if (rule.Across is { WithinVillage: true } inVillage)
            {
                // Grouped inside the village only: a local index of the village's records, nothing county-wide.
                var (members, memberFailure) = evaluator.Members(rule, records, ct);
                if (memberFailure is not null)
                {
                    failures.Add($"{code} {memberFailure.Message.Zh}");
                    continue;
                }
                var local = new AcrossVillageIndex();
                local.Replace(rule.Rule.Id, code, members);
                var keyOf = members.ToDictionary(m => m.EntityId, m => m.Key);
                groupOf = record => keyOf.TryGetValue(record.Id, out var key)
                    ? local.GroupOf(rule.Rule.Id, inVillage, key, record.Id, code, _ => village.Name) : null;
            }
            else if (rule.Across is { } across)
            {
                var (members, memberFailure) = evaluator.Members(rule, records, ct);
                if (memberFailure is not null)
                {
                    failures.Add($"{code} {memberFailure.Message.Zh}");
                    kept = null; // the second pass reads the village and reports the failure again
                    continue;
                }
                var changed = index!.Replace(rule.Rule.Id, code, members);
                if (collectInto is not null)
                {
                    kept?.UnionWith(members.Select(m => m.EntityId));
                    continue;
                }
                if (cascade)
                {
                    // An index just read from the store already holds this save: every group of the village is judged again.
                    var keys = fresh ? members.Select(m => m.Key).Distinct().ToList() : (IEnumerable<string>)changed;
                    foreach (var other in keys.SelectMany(k => index.VillagesOf(rule.Rule.Id, k)).Where(v => v != code))
                    {
                        if (!others.TryGetValue(other, out var set)) others[other] = set = [];
                        set.Add(rule);
                    }
                }
                var keyOf = members.ToDictionary(m => m.EntityId, m => m.Key);
                groupOf = record => keyOf.TryGetValue(record.Id, out var key)
                    ? index.GroupOf(rule.Rule.Id, across, key, record.Id, code, v => VillageName(tree!, v)) : null;
            }
            var run = evaluator.Evaluate(rule, records, ct, groupOf);
            if (run.Failure is { } failure)
            {
                failures.Add($"{code} {failure.Message.Zh}");
                continue;
            }
            evaluated.Add(rule.Rule.Id);
            drafts.AddRange(run.Hits.Select(h => new FindingDraft(rule.Rule.Id, h.EntityId, rule.Rule.EntityType, rule.Rule.Level, h.Message,
                h.Values.ToDictionary(v => v.Key, v => Text(v.Value)), h.Gap, h.MessageEn)
            {
                Related = h.Related.Select(r => new FindingLink(r.EntityId, rule.Rule.EntityType, r.VillageCode)).ToList(),
            }));
        }
        if (fresh && cascade)
        {
            // ... and every village whose open finding links here (a group this save broke up has no key left in the village).
            var across = selected.Where(r => r.Across is { WithinVillage: false }).ToDictionary(r => r.Rule.Id);
            foreach (var f in await store.ListFindingsAsync(village.Code.CountyCode, month.Key, ct: ct))
            {
                if (f.VillageCode == code || !across.TryGetValue(f.RuleId, out var rule) || !f.Related.Any(r => r.VillageCode == code)) continue;
                if (!others.TryGetValue(f.VillageCode, out var set)) others[f.VillageCode] = set = [];
                set.Add(rule);
            }
        }
        // The second pass judges the across rules from these records instead of reading the village again.
        if (kept is not null && records.Slice(selected.Where(r => r.Across is { WithinVillage: false }).ToList(), kept) is { } slice) keep![code] = slice;
        // A cold run knows the village's open findings: when the rules found exactly those, there is nothing to write. A
        // save reads the village's (one read, no write transaction): most saves leave its findings as they were.
        open ??= evaluated.Count == 0 ? [] : await store.ListFindingsAsync(code, month.Key, ct: ct);
        FindingChanges changes;
        if (StillOpen(open, evaluated, drafts) is { } same) changes = new FindingChanges(0, 0, same);
        else
        {
            changes = await store.SaveFindingsAsync(code, month.Key, evaluated, drafts, _clock.GetUtcNow(), ct);
            written?.Add((code, month.Key));
        }
        var summary = new RuleRunSummary(1, changes.Appeared, changes.Resolved, changes.Open, failures);
        // Each other village once, with the rules whose groups changed; their own records did not change, so no further cascade.
        foreach (var (other, set) in others.OrderBy(o => o.Key, StringComparer.Ordinal))
        {
            if (tree!.Find(other) is { } unit) summary = summary.Add(await RefreshAsync(unit, month, set, null, cascade: false, ct, live: live, written: written));
        }
        return summary;
    }

    /// <summary>
    /// How many findings stay open when <paramref name="found"/> is exactly what <paramref name="open"/> holds of the
    /// rules <paramref name="evaluated"/> (the same records, messages, values and links: saving them would change nothing);
    /// null when saving would change something.
    /// </summary>
    internal static int? StillOpen(IReadOnlyList<Finding> open, IReadOnlyCollection<string> evaluated, IReadOnlyList<FindingDraft> found)
    {
        var rules = evaluated.ToHashSet(StringComparer.Ordinal);
        var stored = open.Where(f => rules.Contains(f.RuleId)).ToDictionary(f => (f.RuleId, f.EntityId));
        var seen = new HashSet<(string, Guid)>();
        foreach (var draft in found)
        {
            // A record found twice by a rule is stored once (the store keeps the first).
            if (!seen.Add((draft.RuleId, draft.EntityId))) continue;
            if (!stored.TryGetValue((draft.RuleId, draft.EntityId), out var f) || !draft.Matches(f)) return null;
        }
        return seen.Count == stored.Count ? seen.Count : null;
    }

    /// <summary>A village as another village's finding names it: with its township (石门镇下塘村).</summary>
    private static string VillageName(RegionTree tree, string code) =>
        tree.Find(code) is not { } unit ? code
            : unit.Code.Parent is { } parent && tree.Find(parent) is { } township ? township.Name + unit.Name : unit.Name;

    private async Task<RegionTree> TreeAsync(RegionCode needed, CancellationToken ct)
    {
        if (_tree?.Find(needed) is null) _tree = new RegionTree(await store.GetRegionsAsync(ct));
        return _tree;
    }

    /// <summary>
    /// The county's index of the across-villages rules for a month, built on first use by reading every village of the
    /// county once (a live save after start, or a month no cold run filled); then kept current by each village's
    /// evaluation. Only the last <see cref="AcrossIndexesKept"/> are kept.
    /// </summary>
    private async Task<(AcrossVillageIndex Index, bool Fresh)> AcrossIndexAsync(OrgUnit village, Period month, CancellationToken ct)
    {
        var key = (village.Code.CountyCode, month.Key);
        await _acrossGate.WaitAsync(ct);
        try
        {
            if (_acrossIndexes.TryGetValue(key, out var known)) return (known, false);
        }
        finally { _acrossGate.Release(); }

        var tree = await TreeAsync(village.Code, ct);
        var county = RegionCode.Parse(village.Code.CountyCode);
        var index = new AcrossVillageIndex();
        var across = rules.Rules.Where(r => r.Across is { WithinVillage: false }).ToList();
        var types = across.SelectMany(r => r.EntityTypesRead).Append("household").Append("person")
            .Where(t => store.Catalog.EntityTypes.Any(e => e.Key == t)).Distinct().ToList();
        await Parallel.ForEachAsync(tree.Villages.Where(v => v.Code.IsWithin(county)),
            new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = ct }, async (unit, token) =>
            {
                var records = await _loader.LoadAsync(unit, month, types, token);
                foreach (var rule in across)
                {
                    // A failing condition leaves the village out; its own evaluation reports the failure.
                    var (members, _) = evaluator.Members(rule, records, token);
                    index.Replace(rule.Rule.Id, unit.Code.Value, members);
                }
            });
        return (await PublishAsync(key, index, replace: false, ct), true);
    }

    private async Task<AcrossVillageIndex> PublishAsync((string County, string Month) key, AcrossVillageIndex index, bool replace, CancellationToken ct)
    {
        await _acrossGate.WaitAsync(ct);
        try
        {
            // Two first saves at once build it twice; the first published wins (both read the same store).
            if (!replace && _acrossIndexes.TryGetValue(key, out var known)) return known;
            _acrossIndexes[key] = index;
            _acrossOrder.Remove(key);
            _acrossOrder.Add(key);
            while (_acrossOrder.Count > AcrossIndexesKept)
            {
                _acrossIndexes.Remove(_acrossOrder[0]);
                _acrossOrder.RemoveAt(0);
            }
            return index;
        }
        finally { _acrossGate.Release(); }
    }

    /// <summary>
    /// Cold run: every rule over every village under <paramref name="root"/> for one month, villages in parallel. Across-
    /// villages rules, when the run covers whole counties, take two passes: the first puts every village's records into a
    /// fresh county index, the second judges the villages with a record in a group at fault or an open finding of those
    /// rules (a partial run judges them against the county index read from the store).
    /// </summary>
    public async Task<RuleRunSummary> RunAsync(RegionTree tree, RegionCode root, Period month, IProgress<(int Done, int Total)>? progress = null,
        CancellationToken ct = default)
    {
        _tree = tree;
        var villages = tree.Villages.Where(u => u.Code.IsWithin(root)).ToList();
        var across = rules.Rules.Where(r => r.Across is { WithinVillage: false }).ToList();
        var wholeCounties = root.Level <= OrgLevel.County;
        var fresh = wholeCounties && across.Count > 0
            ? villages.Select(v => v.Code.CountyCode).Distinct().ToDictionary(c => c, _ => new AcrossVillageIndex())
            : [];
        var total = RuleRunSummary.None;
        var gate = new object();
        var done = 0;
        // What the across rules read of each village, kept from the first pass for the second (most villages of a large
        // county hold a group at fault: name and birth date collide across villages often).
        var keep = fresh.Count > 0 ? new ConcurrentDictionary<string, RuleRecords>(StringComparer.Ordinal) : null;
        // The findings open before the run, read once (one query instead of one per village): a village whose rules find
        // exactly these is not written to — in a steady county, nearly every village.
        // Only without cascades: a partial run re-judges other villages meanwhile, which would leave this stale.
        var open = wholeCounties ? (await store.ListFindingsAsync(root.Value, month.Key, ct: ct)).ToLookup(f => f.VillageCode, StringComparer.Ordinal) : null;
        await Parallel.ForEachAsync(villages, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = ct }, async (village, token) =>
        {
            var one = await RefreshAsync(village, month, null, fresh.GetValueOrDefault(village.Code.CountyCode), cascade: !wholeCounties, token, keep, open: open?[village.Code.Value].ToList());
            lock (gate) total = total.Add(one);
            progress?.Report((Interlocked.Increment(ref done), villages.Count));
        });
        foreach (var (county, index) in fresh)
        {
            await PublishAsync((county, month.Key), index, replace: true, ct);
            var ids = across.Select(r => r.Rule.Id).ToHashSet(StringComparer.Ordinal);
            var judge = across.SelectMany(r => index.VillagesAtFault(r.Rule.Id, r.Across!)).ToHashSet(StringComparer.Ordinal);
            var openNow = (await store.ListFindingsAsync(county, month.Key, ct: ct)).ToLookup(f => f.VillageCode, StringComparer.Ordinal);
            judge.UnionWith(openNow.Where(v => v.Any(f => ids.Contains(f.RuleId))).Select(v => v.Key));
            var units = judge.Select(tree.Find).OfType<OrgUnit>().ToList();
            await Parallel.ForEachAsync(units, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = ct }, async (village, token) =>
            {
                var one = await RefreshAsync(village, month, across, null, cascade: false, token, read: keep?.GetValueOrDefault(village.Code.Value),
                    open: openNow[village.Code.Value].ToList());
                lock (gate) total = total.Add(one with { Villages = 0 });
            });
        }
        if (outliers is not null) total = total.Add(await outliers.RunAsync(tree, root, month, ct) with { Villages = 0 });
        return total;
    }

    /// <summary>
    /// Re-evaluates, for the villages of a feed pass, only the rules their changes can alter, for the current month and
    /// for the month a change takes effect in when that is earlier (a back-dated fix resolves that month's findings).
    /// </summary>
    /// <remarks>With <paramref name="live"/> (the live materializer's) the villages' records come from the villages it keeps.</remarks>
    public async Task<RuleRunSummary> RefreshChangesAsync(RegionTree tree, IReadOnlyList<ChangeFeedEntry> changes, DateOnly today, CancellationToken ct = default,
        LiveVillageCache? live = null)
    {
        var total = RuleRunSummary.None;
        if (rules.Rules.Count == 0) return total;
        var current = Period.Containing(today, PeriodType.Monthly);
        var pass = new List<(OrgUnit Village, Dictionary<Period, HashSet<CompiledRule>> Work)>();
        foreach (var village in changes.GroupBy(c => c.VillageCode))
        {
            if (tree.Find(village.Key) is not { } unit) continue;
            _tree ??= tree;
            var work = new Dictionary<Period, HashSet<CompiledRule>>();
            pass.Add((unit, work));
            foreach (var change in village)
            {
                var membership = change.Kind is EventKind.Created or EventKind.Retired;
                var affected = rules.Rules.Where(r => r.IsAffectedBy(change.EntityType, membership, change.Fields)).ToList();
                if (affected.Count == 0) continue;
                // A rule reading a field's history sees a change also in the month after it (previous() of a payment).
                var history = affected.Any(r => change.Fields.Any(f => r.HistoryFields.Contains(change.EntityType + "." + f)));
                foreach (var month in MonthsOf(change, current, history))
                {
                    if (!work.TryGetValue(month, out var set)) work[month] = set = [];
                    set.UnionWith(affected);
                }
            }
        }
        // The pass's villages' open findings, read at once (one statement, not one per village and month). A village whose
        // findings a cascade of an earlier village saved in this pass reads its own again: the copy read here is stale.
        var open = await store.ListOpenFindingsAsync(
            pass.SelectMany(p => p.Work.Keys.Select(m => (p.Village.Code.Value, m.Key))).ToList(), ct);
        var written = new HashSet<(string, string)>();
        foreach (var (unit, work) in pass)
        {
            foreach (var (month, set) in work.OrderBy(w => w.Key.Start))
            {
                var known = written.Contains((unit.Code.Value, month.Key)) ? null : open.GetValueOrDefault((unit.Code.Value, month.Key));
                total = total.Add(await RefreshAsync(unit, month, set, collectInto: null, cascade: true, ct, open: known, live: live, written: written));
            }
        }
        return total;
    }

    private static IEnumerable<Period> MonthsOf(ChangeFeedEntry change, Period current, bool readsHistory)
    {
        yield return current;
        if (!Period.TryParse(change.Period, out var changed, out _)) yield break;
        // A value kept under its quarter or year (the field's own period) bears on every month in it that has passed.
        var months = changed.Within(PeriodType.Monthly).ToList();
        if (readsHistory) months.Add(Period.Containing(changed.End.AddDays(1), PeriodType.Monthly));
        foreach (var month in months)
        {
            if (string.CompareOrdinal(month.Key, current.Key) < 0) yield return month;
        }
    }

    /// <summary>A value at fault as the finding shows it (the viewer's masking is applied when it is shown).</summary>
    internal static string? Text(object? value) => value switch
    {
        null => null,
        bool b => b ? "是" : "否",
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        decimal m => m.ToString("0.##", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
