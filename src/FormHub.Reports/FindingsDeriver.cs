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

    /// <summary>Evaluates <paramref name="which"/> (default every rule) over one village for one month and stores the outcome.</summary>
    public async Task<RuleRunSummary> RefreshVillageAsync(OrgUnit village, Period month, IReadOnlyCollection<CompiledRule>? which = null, CancellationToken ct = default)
    {
        var selected = which ?? rules.Rules;
        if (selected.Count == 0) return RuleRunSummary.None;
        var types = selected.SelectMany(r => r.EntityTypesRead).Append("household").Append("person")
            .Where(t => store.Catalog.EntityTypes.Any(e => e.Key == t)).Distinct().ToList();
        // The log is read only when a selected rule reads some field's history.
        var history = selected.SelectMany(r => r.HistoryFields).Distinct().ToList();
        var records = await _loader.LoadAsync(village, month, types, ct, history);
        var drafts = new List<FindingDraft>();
        var evaluated = new List<string>();
        var failures = new List<string>();
        foreach (var rule in selected)
        {
            var run = evaluator.Evaluate(rule, records, ct);
            if (run.Failure is { } failure)
            {
                failures.Add($"{village.Code.Value} {failure.Message.Zh}");
                continue;
            }
            evaluated.Add(rule.Rule.Id);
            drafts.AddRange(run.Hits.Select(h => new FindingDraft(rule.Rule.Id, h.EntityId, rule.Rule.EntityType, rule.Rule.Level, h.Message,
                h.Values.ToDictionary(v => v.Key, v => Text(v.Value)), h.Gap, h.MessageEn)));
        }
        var changes = await store.SaveFindingsAsync(village.Code.Value, month.Key, evaluated, drafts, _clock.GetUtcNow(), ct);
        return new RuleRunSummary(1, changes.Appeared, changes.Resolved, changes.Open, failures);
    }

    /// <summary>Cold run: every rule over every village under <paramref name="root"/> for one month, villages in parallel.</summary>
    public async Task<RuleRunSummary> RunAsync(RegionTree tree, RegionCode root, Period month, IProgress<(int Done, int Total)>? progress = null,
        CancellationToken ct = default)
    {
        var villages = tree.Villages.Where(u => u.Code.IsWithin(root)).ToList();
        var total = RuleRunSummary.None;
        var gate = new object();
        var done = 0;
        await Parallel.ForEachAsync(villages, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = ct }, async (village, token) =>
        {
            var one = await RefreshVillageAsync(village, month, null, token);
            lock (gate) total = total.Add(one);
            progress?.Report((Interlocked.Increment(ref done), villages.Count));
        });
        if (outliers is not null) total = total.Add(await outliers.RunAsync(tree, root, month, ct) with { Villages = 0 });
        return total;
    }

    /// <summary>
    /// Re-evaluates, for the villages of a feed pass, only the rules their changes can alter, for the current month and
    /// for the month a change takes effect in when that is earlier (a back-dated fix resolves that month's findings).
    /// </summary>
    public async Task<RuleRunSummary> RefreshChangesAsync(RegionTree tree, IReadOnlyList<ChangeFeedEntry> changes, DateOnly today, CancellationToken ct = default)
    {
        var total = RuleRunSummary.None;
        if (rules.Rules.Count == 0) return total;
        var current = Period.Containing(today, PeriodType.Monthly);
        foreach (var village in changes.GroupBy(c => c.VillageCode))
        {
            if (tree.Find(village.Key) is not { } unit) continue;
            var work = new Dictionary<Period, HashSet<CompiledRule>>();
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
            foreach (var (month, set) in work.OrderBy(w => w.Key.Start))
                total = total.Add(await RefreshVillageAsync(unit, month, set, ct));
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
