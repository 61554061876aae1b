using FormHub.Core.OrgUnits;
using FormHub.Core.Periods;
using FormHub.Scripting;
using FormHub.Scripting.Compilation;
using FormHub.Storage;
using FormHub.Storage.Model;

namespace FormHub.Reports;

/// <summary>
/// Derives report rows: a village's row from its data (template × village × period), and every row above it by rollup
/// (township ▸ county ▸ city ▸ province). Rows are stored so readers never wait for a derivation.
/// </summary>
public sealed class ReportDeriver(IFormHubStore store, TemplateLibrary library, TemplateEvaluator evaluator, NarrativeRenderer narrative, TimeProvider? clock = null)
{
    private readonly VillageScopeLoader _loader = new(store);
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    public TemplateLibrary Library => library;

    /// <summary>
    /// Villages a cold rebuild derives at once, one per core by default. Each village alternates between waiting on the
    /// store and evaluating, so on PostgreSQL more may overlap the waits (the quiet bench process averaged 0.67 of 2 cores);
    /// the bench's --rebuild-parallel compares degrees, as the busy machine could not tell them apart.
    /// </summary>
    public int RebuildParallelism { get; init; } = Environment.ProcessorCount;

    public async Task<RegionTree> LoadRegionsAsync(CancellationToken ct = default) => new(await store.GetRegionsAsync(ct), "regions");

    /// <summary>Scopes kept between previews of an unchanged village (a cadre's checks before submitting, again after a look).</summary>
    public VillageScopeCache PreviewScopes { get; } = new(store);

    /// <summary>Derives (without storing) one village's row: what <c>formhub template preview</c> and a month's checks show.</summary>
    public async Task<ReportRow> PreviewAsync(CompiledTemplate template, OrgUnit village, Period period, CancellationToken ct = default)
    {
        var scope = await PreviewScopes.LoadAsync(village, period, template.EntityTypesRead, ct, template.FieldsToLoad(store.Catalog));
        return await DeriveAsync(template, village, period, scope, ct);
    }

    // previous: last period's values when already read (a rebuild reads them for all villages at once); null reads them.
    private async Task<ReportRow> DeriveAsync(CompiledTemplate template, OrgUnit village, Period period, EvaluationScope scope, CancellationToken ct,
        IReadOnlyDictionary<string, object?>? previous = null)
    {
        // Last period's row is read only for a template that shows it (prev(), or prev in its narrative): a live pass
        // derives most rows from a template that reads neither, and the read was a store round trip per row.
        previous ??= ReadsPreviousRow(template) ? await PreviousValuesAsync(template.Template.Id, village.Code.Value, period, ct) : EvaluationScope.PreviousRowNotRead;
        scope = scope with { PreviousRow = previous };
        var result = evaluator.Evaluate(template, scope, ct);
        return ToRow(template, village, period, result, scope.PreviousRow, ct);
    }

    /// <summary>
    /// Whether a row of <paramref name="template"/> shows last period's row: its expressions may call <c>prev()</c>, or its
    /// narrative names <c>prev</c> (Scriban reaches a global by its name; <c>this</c> is read as naming any).
    /// </summary>
    internal static bool ReadsPreviousRow(CompiledTemplate template) =>
        template.ReadsPreviousPeriod || template.Template.Narrative is { } narrative
        && (narrative.Contains("prev", StringComparison.Ordinal) || narrative.Contains("this", StringComparison.Ordinal));

    private async Task<IReadOnlyDictionary<string, object?>> PreviousValuesAsync(string templateId, string unit, Period period, CancellationToken ct)
    {
        var previous = period.Previous;
        if (library.InForce(templateId, previous) is not { } t) return new Dictionary<string, object?>();
        var stored = await store.GetReportRowAsync(t.Template.Id, t.Template.Version, previous.Key, unit, ct);
        return stored is null ? new Dictionary<string, object?>() : ReportRowPayload.Read(stored).Values;
    }

    private ReportRow ToRow(CompiledTemplate template, OrgUnit unit, Period period, RowResult result,
        IReadOnlyDictionary<string, object?> previous, CancellationToken ct) => new(
        template.Template.Id,
        template.Template.Version,
        period.Key,
        unit.Code.Value,
        unit.Level,
        result.Values,
        result.CellErrors.ToDictionary(e => e.Key, e => e.Value.Message),
        result.Checks,
        narrative.Render(template.Template, period, unit.Name, unit.Code.Value, result.Values, previous, ct),
        _clock.GetUtcNow());

    private async Task<ReportRow> RollupAsync(CompiledTemplate template, OrgUnit unit, Period period, IEnumerable<IReadOnlyDictionary<string, object?>> children, CancellationToken ct)
    {
        var scope = new EvaluationScope(new ScriptUnit(unit.Code.Value, unit.Name, unit.Level), period)
        {
            PreviousRow = ReadsPreviousRow(template) ? await PreviousValuesAsync(template.Template.Id, unit.Code.Value, period, ct) : EvaluationScope.PreviousRowNotRead,
        };
        return ToRow(template, unit, period, evaluator.EvaluateRollup(template, scope, children, ct), scope.PreviousRow, ct);
    }

    /// <summary>
    /// Cold rebuild of every template in force for <paramref name="period"/> (monthly templates for its month, quarterly
    /// for its quarter, yearly for its year) across all villages under <paramref name="root"/>, then the rollups.
    /// Villages are derived in parallel; each village's data is read once for all templates. Earlier periods whose rows a
    /// prev() template misses are derived first, village by village: a village's months are derived one after the other
    /// from one read of its documents as of all their ends, then every period is rolled up, oldest first.
    /// A village's rows for a month it has approved stay as approved (approved means frozen) and the rollups use them,
    /// unless <paramref name="revision"/> asks for a recorded revision: then they are re-derived and each such village
    /// gets an audit line with the admin's name and reason.
    /// </summary>
    public async Task<int> RebuildAsync(RegionCode root, Period period, IProgress<(int Done, int Total)>? progress = null, CancellationToken ct = default,
        RebuildRevision? revision = null)
    {
        var work = library.InForceOn(period.Start).ToList();
        // Templates that read prev() need last period's rows: the missing ones are derived too, oldest first.
        var stages = (await MissingPreviousAsync(root, work, ct)).Select(m => m.Item2).Append(work).ToList();
        return await RebuildAsync(root, stages, progress, revision, ct);
    }

    /// <summary>The month whose approval freezes a report period: the one it ends in (a quarter is filed with its last month).</summary>
    public static Period FilingMonthOf(Period period) => Period.Containing(period.End, PeriodType.Monthly);

    /// <summary>How far back prev() chains are filled in when earlier rows are missing (a year of months).</summary>
    private const int MaxPeriodsBack = 12;

    private async Task<List<(Period, List<(CompiledTemplate, Period)>)>> MissingPreviousAsync(RegionCode root, List<(CompiledTemplate Template, Period Period)> work, CancellationToken ct)
    {
        var missing = new List<(Period Period, CompiledTemplate Template)>();
        foreach (var (template, period) in work.Where(w => w.Template.ReadsPreviousPeriod))
        {
            var p = period.Previous;
            for (var i = 0; i < MaxPeriodsBack; i++, p = p.Previous)
            {
                if (library.InForce(template.Template.Id, p) is not { } earlier) break;
                if (await store.GetReportRowAsync(earlier.Template.Id, earlier.Template.Version, p.Key, root.Value, ct) is not null) break;
                missing.Add((p, earlier));
            }
        }
        return missing.GroupBy(m => m.Period).OrderBy(g => g.Key.Start)
            .Select(g => (g.Key, g.Select(m => (m.Template, g.Key)).ToList())).ToList();
    }

    // stages: the (template, period) pairs to derive, oldest first: the earlier periods prev() templates miss, then the
    // periods asked for. A stage's rows may be the ones the next stage's prev() reads.
    private async Task<int> RebuildAsync(RegionCode root, List<List<(CompiledTemplate Template, Period Period)>> stages, IProgress<(int Done, int Total)>? progress,
        RebuildRevision? revision, CancellationToken ct)
    {
        var tree = await LoadRegionsAsync(ct);
        if (tree.Find(root) is null) throw new ArgumentException($"区划 {root} 不在区划表中", nameof(root));
        var villages = tree.Descendants(root, OrgLevel.Village).ToList();
        if (root.Level == OrgLevel.Village) villages = [tree.Find(root)!];
        var all = stages.SelectMany(s => s).ToList();
        var rows = new System.Collections.Concurrent.ConcurrentDictionary<(string Template, string Period, string Unit), ReportRow>();
        var done = 0;

        // Read once for the whole area instead of once per village (a round trip each on PostgreSQL): which villages have
        // approved each period's month, and the villages' stored rows of the period before, which prev() and narratives
        // read. A period before one derived here is derived here too: its rows are taken as derived (as stored and read
        // back), village by village, so the stages need not wait for each other.
        var derivedHere = all.Select(w => (w.Template.Template.Id, w.Period.Key)).ToHashSet();
        var approvedIn = await ApprovedInAsync(root, all, ct);
        var previousRows = new Dictionary<(string Template, string Period, string Unit), IReadOnlyDictionary<string, object?>>();
        foreach (var (template, p) in all)
        {
            if (derivedHere.Contains((template.Template.Id, p.Previous.Key))) continue;
            if (library.InForce(template.Template.Id, p.Previous) is not { } earlier) continue;
            foreach (var stored in await store.GetReportRowsAsync(earlier.Template.Id, earlier.Template.Version, p.Previous.Key, root.Value, OrgLevel.Village, ct))
                previousRows[(template.Template.Id, p.Key, stored.UnitCode)] = ReportRowPayload.Read(stored).Values;
        }
        var readAgain = all.Where(w => derivedHere.Contains((w.Template.Template.Id, w.Period.Previous.Key)))
            .Select(w => (w.Template.Template.Id, w.Period.Previous.Key)).ToHashSet();
        // The types each period reads: a village's documents as of all the days they end come from two or three store reads
        // (the days asking the same types together), and its periodic values from one, not a read of each per period.
        var typesByPeriod = all.GroupBy(w => w.Period)
            .ToDictionary(g => g.Key, g => (IReadOnlyCollection<string>)g.SelectMany(w => w.Template.EntityTypesRead).Distinct().ToList());

        // Each village's stamp, read before its data: a save committed after it is caught up at the end (CatchUpAsync).
        var seen = new System.Collections.Concurrent.ConcurrentDictionary<string, VillageStamp>(StringComparer.Ordinal);
        await Parallel.ForEachAsync(villages, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, RebuildParallelism), CancellationToken = ct }, async (village, token) =>
        {
            seen[village.Code.Value] = await VillageStamp.ReadAsync(store, village.Code.Value, token);
            var documents = new VillageDocuments(store, village, typesByPeriod);
            // This village's rows of the stages done so far that a later stage's prev() reads, as stored and read back.
            var previousHere = new Dictionary<(string Template, string Period), IReadOnlyDictionary<string, object?>>();
            var derived = new List<ReportRow>();
            var revised = new List<Storage.Model.AuditEntry>();
            foreach (var group in stages.SelectMany(stage => stage.GroupBy(w => w.Period)))
            {
                var approved = approvedIn[group.Key].Contains(village.Code.Value);
                var toDerive = new List<(CompiledTemplate Template, Period Period)>();
                foreach (var (template, p) in group)
                {
                    // Frozen: the approved row stays as it is and the rollups above combine it as approved.
                    if (approved && revision is null && await GetRowAsync(template.Template.Id, template.Template.Version, p.Key, village.Code.Value, token) is { } kept)
                    {
                        rows[(template.Template.Id, p.Key, village.Code.Value)] = kept;
                        if (readAgain.Contains((template.Template.Id, p.Key))) previousHere[(template.Template.Id, p.Key)] = kept.Values;
                    }
                    else toDerive.Add((template, p));
                }
                if (toDerive.Count == 0) continue;
                var scope = await _loader.LoadAsync(documents, group.Key, toDerive.SelectMany(w => w.Template.EntityTypesRead), token);
                foreach (var (template, p) in toDerive)
                {
                    var id = template.Template.Id;
                    var previous = derivedHere.Contains((id, p.Previous.Key))
                        ? previousHere.GetValueOrDefault((id, p.Previous.Key))
                        : previousRows.GetValueOrDefault((id, p.Key, village.Code.Value));
                    var row = await DeriveAsync(template, village, p, scope, token, previous ?? new Dictionary<string, object?>());
                    rows[(id, p.Key, village.Code.Value)] = row;
                    derived.Add(row);
                    // Read back as the next period would read it from the store, so its prev() sees the very same values.
                    if (readAgain.Contains((id, p.Key))) previousHere[(id, p.Key)] = ReportRowPayload.Read(ReportRowPayload.ToStored(row)).Values;
                }
                if (approved && revision is not null)
                    revised.Add(new Storage.Model.AuditEntry(0, _clock.GetUtcNow(), revision.UserName, RebuildRevision.AuditAction,
                        village.Code.Value, FilingMonthOf(group.Key).Key,
                        $"重算已审核通过的报表（{string.Join("、", toDerive.Select(w => $"{w.Template.Template.Id} {w.Period.Key}"))}）：{revision.Reason}"));
            }
            // All the village's periods in one write (nothing below reads them from the store), then its revisions' audit lines.
            if (derived.Count > 0) await store.SaveReportRowsAsync(derived.Select(ReportRowPayload.ToStored).ToList(), token);
            foreach (var entry in revised) await store.AppendAuditAsync(entry, token);
            progress?.Report((Interlocked.Increment(ref done), villages.Count));
        });

        // Stage by stage, oldest first (a rollup's prev() reads last period's stored rollup). Townships and counties are
        // rolled up level by level, deepest first, from the rows just derived, and committed before any city or province
        // row is read (their one other writer, the live materializer of their shard, writes them the same way).
        var above = villages.SelectMany(v => tree.Ancestors(v.Code)).Where(a => a.Code.IsWithin(root))
            .DistinctBy(a => a.Code).OrderByDescending(a => a.Level).ToList();
        // Cities and the province rebuilt, and every unit above the rebuilt area, combine rows a live pass (another shard's
        // materializer, an approval) may write meanwhile: rolled up from their children's stored rows and written under a
        // hold of their rows, as a live pass does (RefreshVillagesAsync), so whichever goes last reads every county row
        // committed before it and no total is left built from a stale view. One hold per period, in key order, as there.
        var shared = above.Where(a => a.Level < OrgLevel.County).Concat(tree.Ancestors(root)).DistinctBy(a => a.Code).OrderByDescending(a => a.Level).ToList();
        var written = 0;
        foreach (var work in stages)
        {
            var rolled = new List<ReportRow>();
            foreach (var unit in above.Where(a => a.Level >= OrgLevel.County))
            {
                foreach (var (template, p) in work)
                {
                    var children = tree.Children(unit.Code)
                        .Select(c => rows.TryGetValue((template.Template.Id, p.Key, c.Code.Value), out var r) ? r.Values : null)
                        .OfType<IReadOnlyDictionary<string, object?>>();
                    var row = await RollupAsync(template, unit, p, children, ct);
                    rows[(template.Template.Id, p.Key, unit.Code.Value)] = row;
                    rolled.Add(row);
                }
            }
            await store.SaveReportRowsAsync(rolled.Select(ReportRowPayload.ToStored).ToList(), ct);
            written += villages.Count * work.Count + rolled.Count;
            foreach (var held in work.Select(w => w.Period).Distinct().Where(_ => shared.Count > 0).OrderBy(p => p.Start).ThenBy(p => p.End))
            {
                var templates = work.Where(w => w.Period == held).Select(w => w.Template).ToList();
                // The units rolled up under this hold are taken from memory, every other child (a county, a city outside
                // the area) as stored.
                written += (await RollUpUnderHoldAsync(tree, shared.SelectMany(u => templates.Select(t => (u, t))).ToList(), held, [], ct)).Count;
            }
        }
        // Villages saved while the rebuild ran are derived again; any still saving after the rounds are named, not thrown.
        var stillSaving = await CatchUpAsync(tree, root, villages, seen, all, revision is not null, ct);
        if (stillSaving.Count > 0) OnVillagesStillSaving?.Invoke(stillSaving);
        return written;
    }

    /// <summary>How many times a rebuild derives again the villages saved meanwhile before it leaves them (see <see cref="CatchUpAsync"/>).</summary>
    private const int MaxCatchUpRounds = 5;

    /// <summary>
    /// Told the villages a rebuild's catch-up left still saving (see <see cref="CatchUpAsync"/>): their rows may miss a
    /// save until the village's next save or another rebuild of them. The rebuild's rows are written either way.
    /// </summary>
    public Action<IReadOnlyList<string>>? OnVillagesStillSaving { get; init; }

    /// <summary>
    /// The villages saved while the rebuild ran, derived again with the rollups above them, until a look finds none.
    /// A rebuild reads a village, and its rows land later: a save committed in between may already have been derived by
    /// the live materializer, rows and rollups, and the rebuild's older rows (and rollups of them) would then be written
    /// over its newer ones and stay until the village's next save. Each village's stamp is read before its data is, so a
    /// stamp still unchanged after every write means every row written is derived from the village as it stands; a save
    /// committed after that look is the live materializer's, and its rows land after all of these. A village that moved
    /// is derived again (as a live pass does: its rows, then the units above it from the stored rows) under its new
    /// stamp, and looked at again. Which villages have approved a period is read again each round (one approved meanwhile
    /// keeps its frozen rows). One still moving after <see cref="MaxCatchUpRounds"/> rounds is returned, not derived
    /// again: every row is written and the template stays published, but that village's rows may miss its newest save
    /// (when the live materializer derived it before the rebuild's last write), so the callers warn and name it.
    /// </summary>
    private async Task<IReadOnlyList<string>> CatchUpAsync(RegionTree tree, RegionCode root, IReadOnlyList<OrgUnit> villages,
        System.Collections.Concurrent.ConcurrentDictionary<string, VillageStamp> seen,
        List<(CompiledTemplate Template, Period Period)> all, bool revise, CancellationToken ct)
    {
        for (var round = 1; ; round++)
        {
            var moved = new System.Collections.Concurrent.ConcurrentBag<OrgUnit>();
            await Parallel.ForEachAsync(villages, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, RebuildParallelism), CancellationToken = ct }, async (village, token) =>
            {
                var now = await VillageStamp.ReadAsync(store, village.Code.Value, token);
                if (now == seen[village.Code.Value]) return;
                seen[village.Code.Value] = now;
                moved.Add(village);
            });
            if (moved.IsEmpty) return [];
            // What a village's rows are derived from is what it was frozen at too: its approved periods stay out unless revised.
            var approvedIn = revise ? [] : await ApprovedInAsync(root, all, ct);
            var work = moved.Select(v => new VillageWork(v, all.Where(w => revise || !approvedIn[w.Period].Contains(v.Code.Value)).ToList()))
                .Where(w => w.Work.Count > 0).ToList();
            if (work.Count == 0) return [];
            if (round > MaxCatchUpRounds) return work.Select(w => w.Village.Code.Value).Order(StringComparer.Ordinal).ToList();
            await RefreshVillagesAsync(tree, work, ct);
        }
    }

    /// <summary>Which villages under <paramref name="root"/> have approved each period's filing month, as stored now.</summary>
    private async Task<Dictionary<Period, HashSet<string>>> ApprovedInAsync(RegionCode root, List<(CompiledTemplate Template, Period Period)> all, CancellationToken ct)
    {
        var approvedIn = new Dictionary<Period, HashSet<string>>();
        foreach (var p in all.Select(w => w.Period).Distinct())
            approvedIn[p] = (await store.ListSubmissionsAsync(root.Value, FilingMonthOf(p).Key, ct))
                .Where(s => s.IsApproved).Select(s => s.VillageCode).ToHashSet(StringComparer.Ordinal);
        return approvedIn;
    }

    /// <summary>
    /// Re-derives one village's rows for the given (template, period) pairs and the rollups above it, reading the
    /// sibling rows already stored. This is what keeps reports live after a save.
    /// </summary>
    public Task RefreshVillageAsync(RegionTree tree, OrgUnit village, IReadOnlyCollection<(CompiledTemplate Template, Period Period)> work, CancellationToken ct = default) =>
        RefreshVillagesAsync(tree, [new VillageWork(village, work)], ct);

    /// <summary>
    /// Re-derives several villages' rows, then each unit above them once per template and period, however many of its
    /// villages changed: a feed pass touching 200 villages rolls the county up once, not 200 times.
    /// </summary>
    /// <remarks>
    /// With <paramref name="live"/> (the live materializer's) the villages' records come from the villages it keeps. With
    /// <paramref name="passRows"/> (a live pass), a village row equal to the one stored is left as it is (nor rolled up), the
    /// rows written are noted there, and the township village rows the rollups read are kept there for the outliers.
    /// </remarks>
    public async Task RefreshVillagesAsync(RegionTree tree, IReadOnlyCollection<VillageWork> villages, CancellationToken ct = default, LiveVillageCache? live = null,
        PassRows? passRows = null)
    {
        var above = new Dictionary<(string Unit, CompiledTemplate Template, Period Period), OrgUnit>();
        // Periods by their last day, earliest first, each day's rows saved before the next day's are derived: a period's
        // prev() reads the row of the period before it, which ends earlier, so it is refreshed and saved first. Periods
        // ending the same day (December, Q4 and the year) never read each other, so a village's entities are read once
        // for all of them and dropped before the next village: a pass over 200 villages holds one village's documents.
        var days = villages.SelectMany(v => v.Work.Select(w => w.Period)).Distinct().GroupBy(p => p.End).OrderBy(g => g.Key);
        foreach (var day in days)
        {
            var derived = new List<(ReportRow Row, OrgUnit Village, CompiledTemplate Template, Period Period)>();
            foreach (var (village, work) in villages)
            {
                VillageDocuments? documents = null;
                foreach (var period in day.OrderBy(p => p.Start))
                {
                    var templates = work.Where(w => w.Period == period).Select(w => w.Template).ToList();
                    if (templates.Count == 0) continue;
                    var types = work.SelectMany(w => w.Template.EntityTypesRead);
                    documents ??= live is null ? new VillageDocuments(store, village, types) : new VillageDocuments(store, village, types, live);
                    var scope = await _loader.LoadAsync(documents, period, templates.SelectMany(t => t.EntityTypesRead), ct);
                    foreach (var template in templates) derived.Add((await DeriveAsync(template, village, period, scope, ct), village, template, period));
                }
            }
            var stored = derived.ConvertAll(d => ReportRowPayload.ToStored(d.Row));
            // A live pass leaves a row the change did not alter as stored (most saves touch a field a template reads without
            // changing a count): not written, not rolled up, not judged by the outliers again.
            var altered = passRows is null ? null : await AlteredAsync(stored, ct);
            for (var i = 0; i < derived.Count; i++)
            {
                if (altered is not null && !altered[i]) continue;
                var (_, village, template, period) = derived[i];
                passRows?.Derived(village.Code.Value, template, period);
                foreach (var unit in tree.Ancestors(village.Code)) above.TryAdd((unit.Code.Value, template, period), unit);
            }
            await SaveAsync(altered is null ? stored : stored.Where((_, i) => altered[i]).ToList(), ct);
        }

        // Per period, oldest first (a rollup's prev() reads last period's row), and within it the lowest level first: a
        // unit combines its children's rows, taking those rolled up earlier in this pass from memory.
        foreach (var period in above.Keys.Select(k => k.Period).Distinct().OrderBy(p => p.Start).ThenBy(p => p.End))
        {
            var rolled = new Dictionary<(string Unit, CompiledTemplate Template), ReportRow>();
            var units = above.Where(a => a.Key.Period == period).OrderByDescending(a => a.Value.Level).ToList();
            // Townships and counties first, committed: their one writer is their shard's materializer. Each level's
            // children are read in one batch before it is rolled up (its lower level's rollups come from memory anyway).
            foreach (var level in units.Where(u => u.Value.Level >= OrgLevel.County).GroupBy(u => u.Value.Level))
            {
                var scopes = level.Select(u => new Storage.Model.ReportRowScope(u.Key.Template.Template.Id, u.Key.Template.Template.Version, period.Key,
                    u.Key.Unit, u.Value.Level + 1)).ToList();
                var children = await store.GetReportRowsAsync(scopes, ct);
                foreach (var (((unitCode, template, _), unit), scope) in level.Zip(scopes))
                {
                    if (unit.Level == OrgLevel.Township) passRows?.Add(scope.TemplateId, scope.Version, scope.Period, unitCode, children[scope]);
                    rolled[(unitCode, template)] = await RollupAsync(tree, unit, template, period, children[scope],
                        child => rolled.GetValueOrDefault((child, template)), ct);
                }
            }
            await SaveAsync(rolled.Values.ToList(), ct);
            // Cities and the province combine counties that other writers (another shard's materializer, an approval) roll
            // up at the same moment: read and written under a hold of their rows, so whichever writer goes last reads
            // every county row committed before it, its own included, and no total is left built on a stale read.
            var shared = units.Where(u => u.Value.Level < OrgLevel.County).Select(u => (u.Value, u.Key.Template)).ToList();
            if (shared.Count > 0) await RollUpUnderHoldAsync(tree, shared, period, rolled, ct);
        }
    }

    /// <summary>
    /// Rolls up units other writers also roll up (cities, the province, units above a rebuilt area), deepest first, and
    /// saves them, all under a hold of their rows: whichever writer goes last reads every child row committed before it,
    /// and no total is left built on a stale read. A child found in <paramref name="rolled"/> is taken from memory, any
    /// other as stored; each row rolled up here is added to it, so a city's row feeds the province's.
    /// </summary>
    private async Task<IReadOnlyList<ReportRow>> RollUpUnderHoldAsync(RegionTree tree, IReadOnlyList<(OrgUnit Unit, CompiledTemplate Template)> shared,
        Period period, Dictionary<(string Unit, CompiledTemplate Template), ReportRow> rolled, CancellationToken ct)
    {
        var keys = shared.Select(s => new Storage.Model.ReportRowKey(s.Template.Template.Id, s.Template.Template.Version, period.Key, s.Unit.Code.Value)).ToList();
        await using (await store.HoldReportRowsAsync(keys, ct))
        {
            var written = new List<ReportRow>(shared.Count);
            foreach (var (unit, template) in shared)
            {
                var row = await RollupFromChildrenAsync(tree, unit, template, period, child => rolled.GetValueOrDefault((child, template)), ct);
                rolled[(unit.Code.Value, template)] = row;
                written.Add(row);
            }
            await SaveAsync(written, ct);
            return written;
        }
    }

    // In slices, so a big pass never holds SQLite's one writer for long while cadres wait to save.
    private Task SaveAsync(List<ReportRow> rows, CancellationToken ct) => SaveAsync(rows.ConvertAll(ReportRowPayload.ToStored), ct);

    private async Task SaveAsync(List<StoredReportRow> rows, CancellationToken ct)
    {
        foreach (var slice in rows.Chunk(200)) await store.SaveReportRowsAsync(slice, ct);
    }

    /// <summary>Per village row, whether it differs from the row stored under its key (or none is stored): one read for all of them.</summary>
    private async Task<bool[]> AlteredAsync(List<StoredReportRow> rows, CancellationToken ct)
    {
        var keys = rows.ConvertAll(r => new ReportRowKey(r.TemplateId, r.Version, r.Period, r.UnitCode));
        var now = await store.FindReportRowsAsync(keys, ct);
        var altered = new bool[rows.Count];
        for (var i = 0; i < rows.Count; i++)
            altered[i] = !(now.TryGetValue(keys[i], out var stored) && string.Equals(stored.Payload, rows[i].Payload, StringComparison.Ordinal));
        return altered;
    }

    /// <summary>
    /// One unit's rollup from its direct children's rows: the stored ones, except where <paramref name="fresh"/> has a row
    /// not stored yet (or newer). Only the children's level is read: a county reads its townships, not every village beneath.
    /// </summary>
    private async Task<ReportRow> RollupFromChildrenAsync(RegionTree tree, OrgUnit unit, CompiledTemplate template, Period period,
        Func<string, ReportRow?> fresh, CancellationToken ct) =>
        await RollupAsync(tree, unit, template, period,
            await store.GetReportRowsAsync(template.Template.Id, template.Template.Version, period.Key, unit.Code.Value, unit.Level + 1, ct), fresh, ct);

    /// <summary>One unit's rollup from its direct children's <paramref name="storedChildren"/>, except where <paramref name="fresh"/> has a row.</summary>
    private async Task<ReportRow> RollupAsync(RegionTree tree, OrgUnit unit, CompiledTemplate template, Period period,
        IReadOnlyList<Storage.Model.StoredReportRow> storedChildren, Func<string, ReportRow?> fresh, CancellationToken ct)
    {
        var stored = storedChildren.ToDictionary(r => r.UnitCode);
        var children = tree.Children(unit.Code).Select(c => c.Code.Value).Order(StringComparer.Ordinal)
            .Select(child => fresh(child)?.Values ?? (stored.TryGetValue(child, out var row) ? ReportRowPayload.Read(row).Values : null))
            .OfType<IReadOnlyDictionary<string, object?>>().ToList();
        return await RollupAsync(template, unit, period, children, ct);
    }

    /// <summary>
    /// A rollup of the given children's values for <paramref name="unit"/>, computed as stored rollups are (sums, then
    /// recomputed ratios, and the narrative) but not stored: a department's view of approved villages only.
    /// </summary>
    public Task<ReportRow> RollupOfAsync(CompiledTemplate template, OrgUnit unit, Period period, IEnumerable<IReadOnlyDictionary<string, object?>> children,
        CancellationToken ct = default) => RollupAsync(template, unit, period, children, ct);

    /// <summary>Reads a stored row.</summary>
    public async Task<ReportRow?> GetRowAsync(string templateId, int version, string period, string unitCode, CancellationToken ct = default) =>
        await store.GetReportRowAsync(templateId, version, period, unitCode, ct) is { } stored ? ReportRowPayload.Read(stored) : null;

    /// <summary>Reads the stored rows of a template version and period at and under a unit (optionally one level only), ordered by code.</summary>
    public async Task<IReadOnlyList<ReportRow>> GetRowsAsync(string templateId, int version, string period, string underUnit, OrgLevel? level = null,
        CancellationToken ct = default) =>
        (await store.GetReportRowsAsync(templateId, version, period, underUnit, level, ct)).Select(ReportRowPayload.Read).ToList();
}
