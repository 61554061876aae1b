using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using FormHub.Core.OrgUnits;
using FormHub.Core.Periods;
using FormHub.Core.Rules;
using FormHub.Core.Templates;
using FormHub.Scripting.Compilation;
using FormHub.Storage;
using FormHub.Storage.Model;

namespace FormHub.Reports.Outliers;

/// <summary>
/// Outliers against history and peers (issue 18 item 3, DHIS2's outlier detection per data element and org unit): each
/// numeric column of a village's report row against the same village's last periods and against the other villages of
/// its township, stored as 提示 findings (<see cref="OutlierRules"/>) under the month the report is filed in, named by the
/// village, with the value, the range seen and the expected range. A live pass judges the villages it re-derived and
/// their townships' other villages (whose peer comparison they are part of); the cold run judges every village of an
/// area at once from one read per template and period.
/// </summary>
public sealed class OutlierDeriver(IFormHubStore store, TemplateLibrary library, TimeProvider? clock = null)
{
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    /// <summary>The township rows a live pass judges with, kept between passes (checked against the rows' stamps).</summary>
    private readonly KeptVillageRows _kept = new(store, library, clock: clock);

    /// <summary>How many period reads of the live passes the kept rows spared, and how many they made.</summary>
    public (int Spared, int Read) LivePeriodReads => _kept.PeriodReads;

    /// <summary>How many of <see cref="LivePeriodReads"/>' reads were taken from the live passes' own rows instead.</summary>
    internal int LivePeriodsTakenFromPass => _kept.TakenFromPass;

    public TemplateLibrary Library => library;

    /// <summary>Cold run: the reports filed in <paramref name="month"/> for every village under <paramref name="root"/>.</summary>
    public async Task<RuleRunSummary> RunAsync(RegionTree tree, RegionCode root, Period month, CancellationToken ct = default)
    {
        var villages = tree.Villages.Where(u => u.Code.IsWithin(root)).ToList();
        if (villages.Count == 0) return RuleRunSummary.None;
        // Peers are the township's villages, so an area smaller than a township is read as its township.
        var readUnder = root.Level == OrgLevel.Village && root.Parent is { } township ? township : root;
        var drafts = villages.ToDictionary(v => v.Code.Value, _ => new List<FindingDraft>());
        var ruleIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (template, period) in library.FiledIn(month))
        {
            var ids = OutlierRules.IdsOf(template).ToList();
            if (ids.Count == 0) continue;
            ruleIds.UnionWith(ids);
            var now = await ValuesAsync(template.Template.Id, period, readUnder.Value, ct);
            var history = new List<IReadOnlyDictionary<string, IReadOnlyDictionary<string, object?>>>();
            var p = period;
            for (var i = 0; i < HistoryLength(template); i++)
            {
                p = p.Previous;
                history.Add(await ValuesAsync(template.Template.Id, p, readUnder.Value, ct));
            }
            var byTownship = ByTownship(now);
            foreach (var village in villages)
            {
                if (!now.TryGetValue(village.Code.Value, out var row)) continue;
                var code = village.Code.Value;
                drafts[code].AddRange(Judge(template, period, village, row, history.Select(h => h.GetValueOrDefault(code)), PeersOf(byTownship, village)));
            }
        }
        var total = RuleRunSummary.None;
        foreach (var village in villages)
        {
            var found = await WithRecordsAsync(village, month, drafts[village.Code.Value], ct);
            var changes = await store.SaveFindingsAsync(village.Code.Value, month.Key, ruleIds, found, _clock.GetUtcNow(), ct);
            total = total.Add(new RuleRunSummary(1, changes.Appeared, changes.Resolved, changes.Open, []));
        }
        return total;
    }

    /// <summary>
    /// Live: judges the report rows a feed pass re-derived, and with them the other villages of their townships, whose
    /// peer comparison reads the changed values (the township's median and spread). Cost per township, filing month and
    /// report of the pass, however many of its villages changed: one read of the township's rows for the period, the
    /// history periods from the rows kept since earlier passes (their stamps checked every few seconds, the payloads read
    /// only of a period with a row written since: <see cref="KeptVillageRows"/>), one read of the township's open findings
    /// for the month, and a write only for a village (changed or peer) whose outlier findings differ from those open.
    /// </summary>
    /// <remarks>With <paramref name="passRows"/> (the live pass's rollups' reads), the periods the pass wrote are taken from there.</remarks>
    public async Task<RuleRunSummary> RefreshAsync(IReadOnlyCollection<VillageWork> work, CancellationToken ct = default, PassRows? passRows = null)
    {
        var total = RuleRunSummary.None;
        foreach (var township in work.GroupBy(v => v.Village.Code.Parent?.Value ?? v.Village.Code.Value))
        {
            var changed = township.Select(v => v.Village.Code.Value).ToHashSet(StringComparer.Ordinal);
            var units = township.ToDictionary(v => v.Village.Code.Value, v => v.Village);
            foreach (var month in township.SelectMany(v => v.Work).Distinct().GroupBy(w => ReportDeriver.FilingMonthOf(w.Period)))
            {
                var ruleIds = new HashSet<string>(StringComparer.Ordinal);
                var drafts = new Dictionary<string, List<FindingDraft>>(StringComparer.Ordinal);
                foreach (var (template, period) in month)
                {
                    var ids = OutlierRules.IdsOf(template).ToList();
                    if (ids.Count == 0) continue;
                    ruleIds.UnionWith(ids);
                    var periods = new List<Period> { period };
                    for (var i = 0; i < HistoryLength(template); i++) periods.Add(periods[^1].Previous);
                    // The periods this pass re-derived in the township (this one, an earlier one a back-dated change reached).
                    var written = township.SelectMany(v => v.Work).Where(w => w.Template.Template.Id == template.Template.Id)
                        .Select(w => w.Period.Key).ToHashSet(StringComparer.Ordinal);
                    var read = await _kept.ValuesAsync(template.Template.Id, periods, township.Key, ct, written, passRows);
                    var now = read[0];
                    var history = read.Skip(1).ToList();
                    var byTownship = ByTownship(now);
                    foreach (var (code, row) in now)
                    {
                        var unit = units.GetValueOrDefault(code) ?? new OrgUnit(RegionCode.Parse(code), await NameAsync(code, ct));
                        units[code] = unit;
                        if (!drafts.TryGetValue(code, out var list)) drafts[code] = list = [];
                        list.AddRange(Judge(template, period, unit, row, history.Select(h => h.GetValueOrDefault(code)), PeersOf(byTownship, unit)));
                    }
                }
                if (ruleIds.Count == 0) continue;
                var open = (await store.ListFindingsAsync(township.Key, month.Key.Key, ct: ct))
                    .Where(f => ruleIds.Contains(f.RuleId)).GroupBy(f => f.VillageCode).ToDictionary(g => g.Key, g => g.ToList());
                foreach (var code in changed.Union(drafts.Keys).Union(open.Keys).Order(StringComparer.Ordinal))
                {
                    var mine = drafts.GetValueOrDefault(code) ?? [];
                    var openHere = open.GetValueOrDefault(code) ?? [];
                    // A peer is written only when what it would show differs from what is open.
                    if (!changed.Contains(code) && Same(mine, openHere)) continue;
                    if (!units.TryGetValue(code, out var unit)) unit = new OrgUnit(RegionCode.Parse(code), await NameAsync(code, ct));
                    var found = await WithRecordsAsync(unit, month.Key, mine, ct);
                    // A changed village whose findings are exactly those open (most saves: none before, none now) is not
                    // written either: the write would change nothing but cost a write transaction.
                    var changes = FindingsDeriver.StillOpen(openHere, ruleIds, found) is { } same ? new FindingChanges(0, 0, same)
                        : await store.SaveFindingsAsync(code, month.Key.Key, ruleIds, found, _clock.GetUtcNow(), ct);
                    total = total.Add(new RuleRunSummary(1, changes.Appeared, changes.Resolved, changes.Open, []));
                }
            }
        }
        return total;
    }

    private static bool Same(List<FindingDraft> found, List<Finding> open) =>
        found.Count == open.Count && found.All(d => open.Any(f => f.RuleId == d.RuleId && f.Message == d.Message && f.MessageEn == d.MessageEn
            && f.Values.Count == d.Values.Count && d.Values.All(v => f.Values.TryGetValue(v.Key, out var o) && o == v.Value)));

    private RegionTree? _tree;

    /// <summary>A peer's name for its findings' messages (the feed pass names only the villages it re-derived).</summary>
    private async Task<string> NameAsync(string code, CancellationToken ct)
    {
        if (_tree?.Find(code) is null) _tree = new RegionTree(await store.GetRegionsAsync(ct));
        return _tree.Find(code)?.Name ?? code;
    }

    /// <summary>
    /// The findings of one village's row: for each checked numeric column, the value against the village's own history
    /// (values of earlier periods, newest first; null where no row) and against its peers, and outside fixed bounds.
    /// The record of each draft is a placeholder (<see cref="Guid.Empty"/>) until <see cref="WithRecordsAsync"/>.
    /// </summary>
    public static IEnumerable<FindingDraft> Judge(CompiledTemplate template, Period period, OrgUnit village, IReadOnlyDictionary<string, object?> row,
        IEnumerable<IReadOnlyDictionary<string, object?>?> history, IEnumerable<IReadOnlyDictionary<string, object?>> peers)
    {
        var earlier = history.ToList();
        var others = peers.ToList<IReadOnlyDictionary<string, object?>?>();
        foreach (var column in template.Template.Columns)
        {
            var settings = column.Outlier;
            if (!settings.Enabled || row.GetValueOrDefault(column.Id) is not decimal value) continue;
            var own = Amounts(earlier, settings.HistoryPeriods, column.Id);
            var byHistory = OutlierDetector.Judge(value, own, settings, settings.MinHistory);
            var byPeers = settings.Peers ? OutlierDetector.Judge(value, Amounts(others, others.Count, column.Id), settings, settings.MinPeers) : null;
            var outsideBounds = OutlierDetector.IsOutsideBounds(value, settings);
            if (!outsideBounds && byHistory?.IsOutlier != true && byPeers?.IsOutlier != true) continue;

            var (title, unit) = TitleAndUnit(column);
            var reasons = new List<string>();
            var reasonsEn = new List<string>();
            var values = new Dictionary<string, string?> { ["value"] = Number(value) + unit };
            if (byHistory is { IsOutlier: true } h)
            {
                reasons.Add(h.SeenMin == h.SeenMax
                    ? $"{OutlierRules.LastPeriods(period.Type, h.Count)}均为{Number(h.SeenMin)}{unit}"
                    : $"{OutlierRules.LastPeriods(period.Type, h.Count)}在{Number(h.SeenMin)}–{Number(h.SeenMax)}{unit}之间");
                reasonsEn.Add($"{OutlierEnglish.LastPeriods(period.Type, h.Count)} {OutlierEnglish.Between(h.SeenMin, h.SeenMax, unit)}");
                values["history"] = $"{Number(h.SeenMin)}–{Number(h.SeenMax)}{unit}（{h.Count}期，中位数{Number(h.Centre)}）";
                values["expected"] = Range(h, unit);
            }
            if (byPeers is { IsOutlier: true } q)
            {
                reasons.Add($"本乡镇其他{q.Count}个村在{Number(q.SeenMin)}–{Number(q.SeenMax)}{unit}之间（中位数{Number(q.Centre)}{unit}）");
                reasonsEn.Add($"the township's other {q.Count} villages {OutlierEnglish.Between(q.SeenMin, q.SeenMax, unit)} (median {OutlierEnglish.Amount(q.Centre, unit)})");
                values["peers"] = $"{Number(q.SeenMin)}–{Number(q.SeenMax)}{unit}（{q.Count}个村，中位数{Number(q.Centre)}）";
                values.TryAdd("expected", Range(q, unit));
            }
            if (outsideBounds)
            {
                var range = $"{(settings.Min is { } min ? Number(min) : "")}–{(settings.Max is { } max ? Number(max) : "")}";
                var bounds = range + unit;
                reasons.Add($"超出设定范围{bounds}");
                reasonsEn.Add($"outside the set range {OutlierEnglish.Range(range, unit)}");
                values["bounds"] = bounds;
            }
            var expected = values.GetValueOrDefault("expected") is { } e ? $"，预期{e}" : "";
            // A title that already says 本月 / 本年 is not given a second one.
            var when = title.StartsWith('本') ? "" : OutlierRules.ThisPeriod(period.Type);
            var message = $"{village.Name}{when}{title}{Number(value)}{unit}，{string.Join("；", reasons)}{expected}";
            // the expected range of the history when it is at fault, else of the peers (as values["expected"] is chosen)
            var expectedEn = (byHistory is { IsOutlier: true } ? byHistory : byPeers is { IsOutlier: true } ? byPeers : null) is { } x
                ? $"; expected {OutlierEnglish.Range($"{Number(x.Low)}–{Number(x.High)}", unit)}" : "";
            var messageEn = $"{village.Name}: {OutlierEnglish.Title(column, title)} {OutlierEnglish.ThisPeriod(period.Type)} {OutlierEnglish.Amount(value, unit)}; "
                + $"{string.Join("; ", reasonsEn)}{expectedEn}";
            yield return new FindingDraft(OutlierRules.IdOf(template.Template.Id, column.Id), Guid.Empty, "village", FindingLevel.Info, message, values,
                MessageEn: messageEn);
        }
    }

    /// <summary>The column's title without its unit in brackets, and the unit ("低保户数（户）" → 低保户数, 户).</summary>
    internal static (string Title, string Unit) TitleAndUnit(TemplateColumn column)
    {
        var title = column.Title.Trim();
        string? unit = column.Unit;
        foreach (var (open, close) in new[] { ('（', '）'), ('(', ')') })
        {
            if (title.EndsWith(close) && title.LastIndexOf(open) is var at and > 0)
            {
                unit ??= title[(at + 1)..^1];
                title = title[..at];
                break;
            }
        }
        return (title, unit ?? "");
    }

    /// <summary>The column's numbers in the first <paramref name="take"/> rows (a row missing or without a number skipped).</summary>
    private static List<decimal> Amounts(List<IReadOnlyDictionary<string, object?>?> rows, int take, string column)
    {
        var result = new List<decimal>(Math.Min(take, rows.Count));
        for (var i = 0; i < rows.Count && i < take; i++)
            if (rows[i]?.GetValueOrDefault(column) is decimal d) result.Add(d);
        return result;
    }

    private static string Range(OutlierJudgement j, string unit) => $"{Number(j.Low)}–{Number(j.High)}{unit}";

    internal static string Number(decimal value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);

    private static int HistoryLength(CompiledTemplate template) =>
        template.Template.Columns.Where(c => c.Outlier.Enabled).Select(c => c.Outlier.HistoryPeriods).DefaultIfEmpty(0).Max();

    /// <summary>Village rows by township code (parsed once per row: a county's 300 villages each judged against the rest made 90,000 parses).</summary>
    private static ILookup<string, KeyValuePair<string, IReadOnlyDictionary<string, object?>>> ByTownship(
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, object?>> rows) =>
        rows.ToLookup(r => RegionCode.Parse(r.Key).Parent?.Value ?? "", StringComparer.Ordinal);

    private static IEnumerable<IReadOnlyDictionary<string, object?>> PeersOf(
        ILookup<string, KeyValuePair<string, IReadOnlyDictionary<string, object?>>> byTownship, OrgUnit village) =>
        byTownship[village.Code.Parent?.Value ?? ""].Where(r => r.Key != village.Code.Value).Select(r => r.Value);

    /// <summary>The village rows of a template and period under a unit, by village code, read with the version in force then.</summary>
    private async Task<IReadOnlyDictionary<string, IReadOnlyDictionary<string, object?>>> ValuesAsync(string templateId, Period period, string underUnit,
        CancellationToken ct)
    {
        if (library.InForce(templateId, period) is not { } template) return new Dictionary<string, IReadOnlyDictionary<string, object?>>();
        var rows = await store.GetReportRowsAsync(templateId, template.Template.Version, period.Key, underUnit, OrgLevel.Village, ct);
        return rows.ToDictionary(r => r.UnitCode, r => ReportRowPayload.Read(r).Values);
    }

    /// <summary>
    /// The village's own record (its <c>village</c> entity, which the cadre's form opens) as the findings' record; a
    /// village without one gets a stable id made from its code.
    /// </summary>
    private async Task<IReadOnlyList<FindingDraft>> WithRecordsAsync(OrgUnit village, Period month, List<FindingDraft> drafts, CancellationToken ct)
    {
        if (drafts.Count == 0) return drafts;
        var record = (await store.ListAsOfAsync(village.Code.Value, "village", month.End, ct: ct)).FirstOrDefault()?.Id ?? StableId(village.Code.Value);
        return drafts.Select(d => d with { EntityId = record }).ToList();
    }

    private static Guid StableId(string code) => new(MD5.HashData(Encoding.UTF8.GetBytes("village:" + code)));
}
