using System.Diagnostics;
using FormHub.Core.Catalog;
using FormHub.Core.OrgUnits;
using FormHub.Core.Periods;
using FormHub.Reports;
using FormHub.Scripting;
using FormHub.Storage;
using FormHub.Storage.Model;

namespace FormHub.Bench;

/// <summary>
/// --suite rules (issue 18): every shipped record rule over a county already in a store (seed one with
/// <c>formhub seed</c> or <c>formhub demo</c>), cold; then household saves, each followed by the live pass that
/// re-evaluates the rules the save touches, timed from the save's start to its findings stored.
/// </summary>
internal static class RulesBench
{
    /// <summary>CPU time of the whole process (user + sys, every thread): the figure that holds on a loaded machine.</summary>
    private static TimeSpan Cpu() => Process.GetCurrentProcess().TotalProcessorTime;

    public static async Task<int> RunAsync(BenchOptions options, FieldCatalog catalog)
    {
        var templates = options.TemplatesDirectory ?? Path.Combine(BenchOptions.FindRepositoryRoot(), "form-templates");
        var rules = RuleBook.LoadDirectory(Path.Combine(templates, "rules"), catalog);
        var storage = options.PostgresConnectionString is { } cs && options.Engines.Contains("postgres") && !options.Engines.Contains("sqlite")
            ? new StorageOptions { PostgresConnectionString = cs }
            : new StorageOptions { DataDirectory = options.RulesData };
        var generate = options.RulesGenerate && storage.PostgresConnectionString is null && !File.Exists(Path.Combine(options.RulesData, "formhub.db"));
        await using var store = await FormHubStoreFactory.OpenAsync(storage, catalog);
        if (generate) await GenerateAsync(store, options);
        var tree = new RegionTree(await store.GetRegionsAsync());
        var county = tree.All.First(u => u.Level == OrgLevel.County);
        var month = options.Month;
        var persons = 0;
        foreach (var village in tree.Villages) persons += (await store.ListAsOfAsync(village.Code.Value, "person", month.End)).Count;
        Console.WriteLine($"rules: {rules.Rules.Count} rules over {county.Name} ({tree.Villages.Count} villages, {Fmt.Count(persons)} persons), month {month.Key}, {store.EngineName}");

        var findings = new FindingsDeriver(store, rules, new RuleEvaluator());
        // Twice: the first includes the JIT and the findings' first writes; the second is the steady state (nothing new to write).
        for (var run = 1; run <= 2; run++)
        {
            var cpu = Cpu();
            var clock = Stopwatch.StartNew();
            var cold = await findings.RunAsync(tree, county.Code, month);
            clock.Stop();
            Console.WriteLine($"cold run {run}: {Fmt.Duration(clock.Elapsed)} wall, {Fmt.Duration(Cpu() - cpu)} CPU (user+sys, all threads); " +
                              $"{Fmt.Count(cold.Open)} open findings ({cold.Appeared} appeared, {cold.Resolved} resolved), {cold.Failures.Count} failures");
        }

        // Outliers of the report columns filed this month (needs the reports materialized, as formhub seed leaves them).
        var library = TemplateLibrary.LoadDirectory(Path.Combine(templates, "templates"), catalog);
        var outliers = new FormHub.Reports.Outliers.OutlierDeriver(store, library);
        {
            var cpu = Cpu();
            var clock = Stopwatch.StartNew();
            var found = await outliers.RunAsync(tree, county.Code, month);
            Console.WriteLine($"outliers cold run: {Fmt.Duration(clock.Elapsed)} wall, {Fmt.Duration(Cpu() - cpu)} CPU; {Fmt.Count(found.Open)} open outlier findings");
        }

        // Where the cold run's time goes: reading the villages, and evaluating the rules over what was read.
        var loader = new RuleScopeLoader(store);
        var evaluator = new RuleEvaluator();
        var types = rules.Rules.SelectMany(r => r.EntityTypesRead).Append("household").Append("person").Distinct().ToList();
        var (read, evaluate) = (TimeSpan.Zero, TimeSpan.Zero);
        var cpuBefore = Cpu();
        var perRule = rules.Rules.ToDictionary(r => r.Rule.Id, _ => TimeSpan.Zero);
        foreach (var village in tree.Villages)
        {
            var t0 = Stopwatch.GetTimestamp();
            var records = await loader.LoadAsync(village, month, types);
            read += Stopwatch.GetElapsedTime(t0);
            t0 = Stopwatch.GetTimestamp();
            foreach (var rule in rules.Rules)
            {
                var t1 = Stopwatch.GetTimestamp();
                evaluator.Evaluate(rule, records);
                perRule[rule.Rule.Id] += Stopwatch.GetElapsedTime(t1);
            }
            evaluate += Stopwatch.GetElapsedTime(t0);
        }
        var cpuOneThread = Cpu() - cpuBefore;
        Console.WriteLine($"one thread ({Fmt.Duration(cpuOneThread)} CPU, {(cpuOneThread.TotalMilliseconds * 1000 / Math.Max(1, persons)).ToString("0", System.Globalization.CultureInfo.InvariantCulture)} µs CPU per person): " +
                          $"reading villages {Fmt.Duration(read)}, evaluating rules {Fmt.Duration(evaluate)} " +
                          $"({string.Join(", ", perRule.Select(r => $"{r.Key} {Fmt.Ms(r.Value.TotalMilliseconds)}"))})");

        // Only the rules follow the feed here (no templates), so the pass measures the findings alone.
        var materializer = new LiveReportMaterializer(store, new ReportDeriver(store, new TemplateLibrary([]), new TemplateEvaluator(), new NarrativeRenderer()),
            findings: findings);
        // The cold runs above judged every record as it stands: the live phase starts at the feed's end instead of replaying
        // the whole load (a generated 300k county is ~400,000 events, a pass over them takes longer than the measure).
        await store.SetCursorAsync(LiveReportMaterializer.CursorName, await store.GetFeedEndAsync());
        while (await materializer.ProcessPendingAsync() > 0) { }
        var households = new List<EntityDocument>();
        foreach (var village in tree.Villages.Take(20)) households.AddRange((await store.ListAsOfAsync(village.Code.Value, "household", month.End)).Take(2));
        var samples = new Samples();
        var liveCpu = Cpu();
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        for (var i = 0; i < Math.Min(options.LiveSaves, households.Count); i++)
        {
            var doc = (await store.GetAsync(households[i].Id))!;
            var start = Stopwatch.GetTimestamp();
            var s = store.OpenSession("bench", ChangeSource.Form);
            s.Change(doc.Id, doc.Version, new Dictionary<string, object?> { ["dibao_persons"] = ((doc["dibao_persons"] as long?) ?? 0) + 1 }, today);
            await s.SaveChangesAsync();
            while (await materializer.ProcessPendingAsync() > 0) { }
            samples.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }
        await materializer.ReleaseLeaseAsync();
        if (options.KeptPasses > 0) await KeptVillagesAsync(store, tree, templates, catalog, rules, options.KeptPasses);
        Console.WriteLine($"load average {EngineBench.LoadAverage()}");
        Console.WriteLine($"household save → its findings stored ({samples.Count} saves): p50 {Fmt.Ms(samples.Median)}, p95 {Fmt.Ms(samples.P95)}; " +
                          $"{Fmt.Ms((Cpu() - liveCpu).TotalMilliseconds / Math.Max(1, samples.Count))} CPU per save (user+sys, all threads)");
        return 0;
    }

    /// <summary>
    /// The live materializer as the server runs it (the shipped templates and rules), with its kept villages and without
    /// (keptEntities 0: every pass reads each changed village, for the reports and again for the rules), alternating
    /// rounds of <paramref name="passes"/> passes in one process. A pass is what the paced 200-cadre web bench gives one
    /// 300 ms poll: 57 saves, each of one person of a village picked at random (education, every other one the phone, and
    /// the month's subsidy_amount in one session). Only the passes' process CPU is counted, per saved change; the first
    /// two passes of a round are left out (a round starts with the other side having moved the cursor, so kept villages are forgotten).
    /// </summary>
    private static async Task KeptVillagesAsync(IFormHubStore store, RegionTree tree, string templates, FieldCatalog catalog, RuleBook rules, int passes)
    {
        var library = TemplateLibrary.LoadDirectory(Path.Combine(templates, "templates"), catalog);
        var deriver = new ReportDeriver(store, library, new TemplateEvaluator(), new NarrativeRenderer());
        // With the outliers, as the server and `formhub reports watch` run them.
        var findings = new FindingsDeriver(store, rules, new RuleEvaluator(), outliers: new FormHub.Reports.Outliers.OutlierDeriver(store, library));
        var sides = new[] { ("read anew", 0), ("kept", LiveVillageCache.DefaultMaxEntities) }
            .Select(s => (Name: s.Item1, Materializer: new LiveReportMaterializer(store, deriver, holder: "bench-" + s.Item2, findings: findings, keptEntities: s.Item2),
                Cpu: TimeSpan.Zero, Changes: 0, Passes: new List<double>(), Allocated: 0L)).ToArray();
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var month = Period.Containing(today, PeriodType.Monthly);
        var persons = new List<List<Guid>>();
        foreach (var village in tree.Villages) persons.Add((await store.ListAsOfAsync(village.Code.Value, "person", month.End)).Select(p => p.Id).ToList());
        await store.SetCursorAsync(LiveReportMaterializer.CursorName, await store.GetFeedEndAsync());
        var rng = new Random(12);
        var saves = 0;
        for (var round = 0; round < 6; round++)
        {
            var at = round % 2;
            for (var pass = 0; pass < passes + 2; pass++)
            {
                for (var i = 0; i < 57; i++)
                {
                    var ids = persons[rng.Next(persons.Count)];
                    var doc = (await store.GetAsync(ids[rng.Next(ids.Count)]))!;
                    var changed = new Dictionary<string, object?> { ["education"] = doc["education"] as string == "初中" ? "高中" : "初中" };
                    if (saves++ % 2 == 1) changed["phone"] = $"13{rng.Next(10)}{rng.Next(100_000_000):D8}";
                    var s = store.OpenSession("bench", ChangeSource.Form);
                    s.Change(doc.Id, doc.Version, changed, today);
                    s.SetPeriodic(doc.Id, "subsidy_amount", month.Key, 10m * rng.Next(0, 51));
                    await s.SaveChangesAsync();
                }
                var cpu = Cpu();
                var allocated = GC.GetTotalAllocatedBytes(precise: true);
                while (await sides[at].Materializer.ProcessPendingAsync() > 0) { }
                if (pass < 2) continue;
                sides[at].Allocated += GC.GetTotalAllocatedBytes(precise: true) - allocated;
                sides[at].Cpu += Cpu() - cpu;
                sides[at].Changes += 57; // saved changes (each is two feed entries: the attribute change and the periodic value)
                sides[at].Passes.Add((Cpu() - cpu).TotalMilliseconds / 57);
            }
            await sides[at].Materializer.ReleaseLeaseAsync();
        }
        foreach (var side in sides)
            Console.WriteLine($"live passes, villages {side.Name}: {Fmt.Ms(side.Cpu.TotalMilliseconds / Math.Max(1, side.Changes))} CPU per saved change " +
                              $"({side.Changes} saved changes in passes of 57 over {tree.Villages.Count} villages; user+sys, all threads); " +
                              // The median pass: a busy machine's spikes (another process's burst, a full GC) move the mean, not it.
                              $"median pass {Fmt.Ms(side.Passes.Order().ElementAtOrDefault(side.Passes.Count / 2))} per saved change; " +
                              // Allocation does not depend on the machine's load: what to compare when the CPU figures are noise.
                              $"{side.Allocated / 1024.0 / Math.Max(1, side.Changes):N0} kB allocated per saved change");
        if (findings.Outliers is { } outliers)
            Console.WriteLine($"outliers' township period reads, both sides: {outliers.LivePeriodReads.Spared} spared by the kept rows, {outliers.LivePeriodReads.Read} read");
    }

    /// <summary>
    /// The synthetic county of the storage suite (CountyData: 300 villages × 333 households × 3 persons by default, with
    /// the generator's rates of 低保, 特困, disability, 80+ …), its village entities and the month's payments, one session
    /// per village, into an empty store: what the rules suite measures the 300,000-person cold run on.
    /// </summary>
    private static async Task GenerateAsync(IFormHubStore store, BenchOptions options)
    {
        var month = options.Month;
        var county = new CountyData(options.Villages, options.HouseholdsPerVillage, options.PersonsPerHousehold, month.End);
        await store.SaveRegionsAsync(county.Regions);
        var clock = Stopwatch.StartNew();
        var cpu = Cpu();
        for (var v = 0; v < county.Villages.Count; v++)
        {
            var village = county.Villages[v];
            var session = store.OpenSession("bench-loader", ChangeSource.Import);
            var households = county.CreateVillage(session, v);
            var facts = county.ForVillage(300_000 + v).VillageFields();
            var id = session.Create("village", village, facts.Fields, CountyData.LoadValidFrom);
            foreach (var (field, value) in facts.Monthly) session.SetPeriodic(id, field, month.Key, value);
            foreach (var hh in households)
            {
                foreach (var (field, value) in hh.Monthly) session.SetPeriodic(hh.Id, field, month.Key, value);
                foreach (var p in hh.Persons.Where(p => p.Monthly is not null))
                {
                    foreach (var (field, value) in p.Monthly!) session.SetPeriodic(p.Id, field, month.Key, value);
                }
            }
            await session.SaveChangesAsync();
            if ((v + 1) % 30 == 0) Console.WriteLine($"  generated {v + 1}/{county.Villages.Count} villages in {Fmt.Duration(clock.Elapsed)}");
        }
        Console.WriteLine($"generated {county.Villages.Count} villages, {Fmt.Count((long)county.Villages.Count * county.PersonsPerVillage)} persons " +
                          $"in {Fmt.Duration(clock.Elapsed)} wall, {Fmt.Duration(Cpu() - cpu)} CPU");
    }
}
