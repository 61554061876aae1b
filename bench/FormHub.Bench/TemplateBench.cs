using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using FormHub.Core.Catalog;
using FormHub.Core.OrgUnits;
using FormHub.Core.Periods;
using FormHub.Reports;
using FormHub.Reports.Templates;
using FormHub.Core.Text;
using FormHub.Scripting;
using FormHub.Scripting.Compilation;
using FormHub.Storage;
using FormHub.Storage.Model;
using Jint;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace FormHub.Bench;

/// <summary>
/// The template and derivation targets of issue 3 on the loaded county: a cold rebuild of every shipped template for one
/// period, live freshness after a village's save, one template for one village (preview and pure evaluation), and the
/// floor: one count column by a hand-written SQL GROUP BY against FormHub's rebuild of that template.
/// </summary>
internal sealed class TemplateBench(
    string engine, BenchOptions options, IFormHubStore store, StorageOptions storage, FieldCatalog catalog, CountyData county,
    List<BenchHousehold>[] households, List<Measure> measures, List<string> notes)
{
    private const string Section = Measure.TemplatesSection;
    private const string FloorTemplate = "mz-dibao-monthly";
    private const string PersonTemplate = "tj-labour-quarterly";
    private const int WarmUp = 40;

    /// <summary>FormHub.Reports keeps its row JSON writer internal; the profile calls it to time the payload serialization the rebuild does.</summary>
    private static readonly Func<ReportRow, StoredReportRow> ToStored = typeof(ReportDeriver).Assembly
        .GetType("FormHub.Reports.ReportRowPayload", throwOnError: true)!
        .GetMethod("ToStored", BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)!
        .CreateDelegate<Func<ReportRow, StoredReportRow>>();

    private readonly Period _month = options.Month;
    private readonly RegionCode _county = RegionCode.Parse(CountyData.CountyCode);
    private readonly TemplateEvaluator _evaluator = new();
    private readonly NarrativeRenderer _narrative = new();
    private TemplateLibrary _library = null!;
    private ReportDeriver _deriver = null!;
    private RegionTree _tree = null!;
    private bool Pg => engine == "postgres";
    private string T(string table) => Pg ? $"\"{storage.PostgresSchema}\".{table}" : table;

    private void Note(string text)
    {
        notes.Add("templates: " + text);
        Console.WriteLine("  templates: " + text);
    }

    private void Add(string name, string target, string value, bool? met) => measures.Add(new Measure(name, target, value, met, Section));

    public async Task RunAsync(List<string> loadAverages)
    {
        await WriteFactsAsync();
        var directory = options.TemplatesDirectory ?? Path.Combine(BenchOptions.FindRepositoryRoot(), "form-templates", "templates");
        var compile = Stopwatch.StartNew();
        _library = TemplateLibrary.LoadDirectory(directory, catalog);
        compile.Stop();
        var work = _library.InForceOn(_month.Start).ToList();
        Note($"{work.Count} templates from {directory} loaded and compiled in {Fmt.Ms(compile.Elapsed.TotalMilliseconds)}: " +
             string.Join(", ", work.Select(w => $"{w.Template.Template.Id} ({w.Period.Key}, {w.Template.Template.Columns.Count} columns, {w.Template.Checks.Count} checks)")) +
             $"; {work.Sum(w => w.Template.Template.Columns.Count)} columns and {work.Sum(w => w.Template.Checks.Count)} checks in all");
        _deriver = options.RebuildParallelism is { } parallel
            ? new ReportDeriver(store, _library, _evaluator, _narrative) { RebuildParallelism = parallel }
            : new ReportDeriver(store, _library, _evaluator, _narrative);
        _tree = await _deriver.LoadRegionsAsync();

        if (options.Runs("rebuild"))
        {
            await ColdRebuildAsync(work);
            loadAverages.Add("after the rebuilds " + EngineBench.LoadAverage());
        }
        if (options.Runs("rows")) await CheckRowsAsync(work);
        if (options.Runs("floor")) await FloorAsync();
        if (options.Runs("live")) await LiveAsync();
        if (options.Runs("preview")) await PreviewAsync();
        if (options.Runs("draft")) await DraftPreviewAsync(directory);
        if (options.Runs("evaluate")) await EvaluateAsync(work);
        if (options.Profile)
        {
            if (options.Runs("rebuild")) await ProfileRebuildAsync(work);
            if (options.Runs("live")) await ProfileLiveAsync();
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Template facts: the village entities and the periodic values the templates read.

    /// <summary>
    /// One session per village (ChangeSource.Import): the village entity (13 fields), its hazard figures for the month and
    /// its collective accounts for the year, and the month's payments to households and persons (dibao, tekun, disability
    /// subsidies, old-age allowance, orphan allowance) that the generator decided at load time.
    /// </summary>
    private async Task WriteFactsAsync()
    {
        var total = Stopwatch.StartNew();
        long values = 0;
        for (var v = 0; v < county.Villages.Count; v++)
        {
            var village = county.Villages[v];
            var facts = county.ForVillage(300_000 + v).VillageFields();
            var session = store.OpenSession("bench-loader", ChangeSource.Import);
            var id = session.Create("village", village, facts.Fields, CountyData.LoadValidFrom);
            foreach (var (field, value) in facts.Monthly) session.SetPeriodic(id, field, _month.Key, value);
            foreach (var (field, value) in facts.Yearly) session.SetPeriodic(id, field, _month.Year.ToString(CultureInfo.InvariantCulture), value);
            values += facts.Monthly.Count + facts.Yearly.Count;
            foreach (var hh in households[v])
            {
                foreach (var (field, value) in hh.Monthly) { session.SetPeriodic(hh.Id, field, _month.Key, value); values++; }
                foreach (var p in hh.Persons)
                {
                    if (p.Monthly is null) continue;
                    foreach (var (field, value) in p.Monthly) { session.SetPeriodic(p.Id, field, _month.Key, value); values++; }
                }
            }
            await session.SaveChangesAsync();
        }
        total.Stop();
        Note($"facts: {county.Villages.Count} village entities and {Fmt.Count(values)} periodic values for {_month.Key} / {_month.Year} " +
             $"written in {Fmt.Duration(total.Elapsed)}, one session per village");
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Cold rebuild.

    private async Task ColdRebuildAsync(List<(CompiledTemplate Template, Period Period)> work)
    {
        var villagesDone = new VillagePhase();
        var gc = GcMeter.Start();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var first = Stopwatch.StartNew();
        var rows = await _deriver.RebuildAsync(_county, _month, villagesDone.Start());
        first.Stop();
        var firstCpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        var firstGc = gc.Stop();
        var firstVillages = villagesDone.Elapsed;
        var untilFirst = villagesDone.UntilFirst;
        gc = GcMeter.Start();
        cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var second = Stopwatch.StartNew();
        await _deriver.RebuildAsync(_county, _month, villagesDone.Start());
        second.Stop();
        var secondCpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        Note($"cold rebuild ({_deriver.RebuildParallelism} villages at a time): {Fmt.Duration(untilFirst)} until the first village was done " +
             $"(all its periods: the earlier ones prev() templates need, then {_month.Key}), all villages derived after {Fmt.Duration(firstVillages)}, " +
             $"then rollups and their writes {Fmt.Duration(first.Elapsed - firstVillages)}; this process used {Fmt.Duration(firstCpu)} of CPU " +
             $"({firstCpu / first.Elapsed:F2} cores on average); {firstGc}. Again: {Fmt.Duration(villagesDone.Elapsed)} + " +
             $"{Fmt.Duration(second.Elapsed - villagesDone.Elapsed)}, CPU {Fmt.Duration(secondCpu)}; {gc.Stop()}");
        var villages = county.Villages.Count;
        Add($"Cold rebuild of all {work.Count} templates for {_month.Key} ({villages} villages × {work.Count} rows + rollups = {Fmt.Count(rows)} rows; RebuildAsync)",
            "< 30 s", $"{Fmt.Duration(first.Elapsed)} ({Fmt.Ms(first.Elapsed.TotalMilliseconds / villages)} per village)", first.Elapsed < TimeSpan.FromSeconds(30));
        Add("… the same rebuild again (rows already stored, code warm)", "< 30 s", Fmt.Duration(second.Elapsed), second.Elapsed < TimeSpan.FromSeconds(30));
        Console.WriteLine($"  templates: cold rebuild {Fmt.Duration(first.Elapsed)}, again {Fmt.Duration(second.Elapsed)}; {rows} rows");
    }

    /// <summary>Reads every stored village row back: how many cells failed and checks did not pass (the data must make the templates count something), and the county totals.</summary>
    private async Task CheckRowsAsync(List<(CompiledTemplate Template, Period Period)> work)
    {
        var cellErrors = 0;
        var failedErrors = 0;
        var failedWarnings = 0;
        var rows = 0;
        var totals = new List<string>();
        foreach (var (template, period) in work)
        {
            var stored = await store.GetReportRowsAsync(template.Template.Id, template.Template.Version, period.Key, CountyData.CountyCode);
            foreach (var row in stored.Where(r => r.Level == (int)OrgLevel.Village))
            {
                rows++;
                using var doc = JsonDocument.Parse(row.Payload);
                cellErrors += doc.RootElement.GetProperty("errors").EnumerateObject().Count();
                foreach (var c in doc.RootElement.GetProperty("checks").EnumerateArray())
                {
                    if (c.GetProperty("passed").GetBoolean()) continue;
                    if (c.GetProperty("level").GetString() == "error") failedErrors++;
                    else failedWarnings++;
                }
            }
            var top = await _deriver.GetRowAsync(template.Template.Id, template.Template.Version, period.Key, CountyData.CountyCode)
                      ?? throw new InvalidOperationException($"no county row for {template.Template.Id} {period.Key}");
            totals.Add($"{template.Template.Id} " + string.Join(" ", template.Template.Columns.Take(4).Select(c => $"{c.Id}={CellText.Format(top[c.Id], c.Digits)}")));
        }
        Note($"rows read back: {rows} village rows, {cellErrors} failed cells, {failedErrors} failed error checks, {failedWarnings} failed warnings; " +
             "county totals (first 4 columns): " + string.Join("; ", totals));
        if (cellErrors > 0) throw new InvalidOperationException($"{cellErrors} cells failed to evaluate on the generated data");
    }

    // ---------------------------------------------------------------------------------------------------------------
    // The floor: one count column by hand-written SQL.

    private async Task<DbConnection> OpenRawAsync()
    {
        DbConnection c = Pg ? new NpgsqlConnection(storage.PostgresConnectionString) : new SqliteConnection($"Data Source={storage.SqlitePath}");
        await c.OpenAsync();
        return c;
    }

    private async Task FloorAsync()
    {
        var dibao = _library.InForce(FloorTemplate, _month) ?? throw new InvalidOperationException($"{FloorTemplate} is not in force for {_month.Key}");
        var sql = Pg
            ? $"SELECT village_code, count(*) FROM {T("mt_doc_entities")} WHERE entity_type = 'household' AND retired_on IS NULL AND data->'data'->>'dibao_status' = '在保' GROUP BY village_code"
            : "SELECT village_code, count(*) FROM entities WHERE entity_type = 'household' AND retired_on IS NULL AND json_extract(data, '$.dibao_status') = '在保' GROUP BY village_code";
        await using var c = await OpenRawAsync();
        async Task<Dictionary<string, long>> RunAsync(string text)
        {
            await using var cmd = c.CreateCommand();
            cmd.CommandText = text;
            await using var r = await cmd.ExecuteReaderAsync();
            var result = new Dictionary<string, long>();
            while (await r.ReadAsync()) result[r.GetString(0)] = r.GetInt64(1);
            return result;
        }
        var counts = await RunAsync(sql);
        var sqlTimes = new Samples();
        for (var i = 0; i < 10; i++) await sqlTimes.TimeAsync(() => RunAsync(sql));

        // FormHub: a cold rebuild of just that template (its 4 columns, 1 check, narrative, rollups, writes).
        var one = new ReportDeriver(store, new TemplateLibrary([dibao]), _evaluator, _narrative);
        var ours = new Samples();
        for (var i = 0; i < 3; i++) await ours.TimeAsync(() => one.RebuildAsync(_county, _month));

        // Same answer?
        var stored = await store.GetReportRowsAsync(dibao.Template.Id, dibao.Template.Version, _month.Key, CountyData.CountyCode);
        var mismatches = 0;
        long total = 0;
        foreach (var row in stored.Where(r => r.Level == (int)OrgLevel.Village))
        {
            using var doc = JsonDocument.Parse(row.Payload);
            var hh = doc.RootElement.GetProperty("values").GetProperty("hh").GetDecimal();
            total += (long)hh;
            if ((long)hh != counts.GetValueOrDefault(row.UnitCode)) mismatches++;
        }
        if (mismatches > 0) throw new InvalidOperationException($"{mismatches} villages: FormHub's hh differs from the SQL GROUP BY");
        var ratio = ours.Median / sqlTimes.Median;
        Add($"Floor: {FloorTemplate} hh = count(households, {{dibao_status: '在保'}}) for {counts.Count} villages by a hand-written SQL GROUP BY, median of 10",
            "", Fmt.Ms(sqlTimes.Median), null);
        Add($"… FormHub's cold rebuild of just {FloorTemplate} (4 columns, check, narrative, rollups, writes), median of 3; ours ÷ SQL", "record",
            $"{Fmt.Ms(ours.Median)}; {ratio:F0}×", null);

        string? alternative = null;
        if (Pg)
        {
            var gin = $"SELECT village_code, count(*) FROM {T("mt_doc_entities")} WHERE entity_type = 'household' AND retired_on IS NULL AND data->'data' @> '{{\"dibao_status\":\"在保\"}}' GROUP BY village_code";
            await RunAsync(gin);
            var ginTimes = new Samples();
            for (var i = 0; i < 10; i++) await ginTimes.TimeAsync(() => RunAsync(gin));
            alternative = $"; the same with data->'data' @> '{{\"dibao_status\":\"在保\"}}' (GIN-indexable) {ginTimes.Describe()}";
        }
        Note($"floor: SQL GROUP BY {sqlTimes.Describe()}{alternative}; FormHub rebuild of {FloorTemplate} alone {ours.Describe()}; " +
             $"both give {total:N0} 在保 households in {counts.Count} villages (every village equal)");
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Live freshness.

    private async Task SkipFeedToEndAsync() =>
        await store.SetCursorAsync(LiveReportMaterializer.CursorName, await store.GetFeedEndAsync());

    private DateOnly LiveValidFrom()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        return today >= _month.Start && today <= _month.End ? today : _month.Start;
    }

    /// <summary>
    /// A cadre's form: one household's 低保 status toggled (在保 ⇄ 未纳入, with dibao_persons) and 4 of its persons'
    /// employment_status, health_managed and family_doctor_signed changed, valid from today. Returns the change in the
    /// village's 低保户数.
    /// </summary>
    private async Task<(int Delta, double SaveMs)> SaveFormAsync(BenchHousehold hh, CountyData.Generator gen, Random random)
    {
        var becomes = hh.DibaoStatus == "在保" ? "未纳入" : "在保";
        var delta = becomes == "在保" ? 1 : hh.DibaoStatus == "在保" ? -1 : 0;
        var validFrom = LiveValidFrom();
        var start = Stopwatch.GetTimestamp();
        var session = store.OpenSession("bench-cadre", ChangeSource.Form);
        session.Change(hh.Id, hh.Version, new Dictionary<string, object?>
        {
            ["dibao_status"] = becomes,
            ["dibao_persons"] = becomes == "在保" ? (long)hh.Persons.Count : 0L,
        }, validFrom);
        foreach (var p in hh.Persons.Take(4))
        {
            session.Change(p.Id, p.Version, new Dictionary<string, object?>
            {
                ["employment_status"] = gen.EmploymentStatus(),
                ["health_managed"] = random.Next(2) == 0,
                ["family_doctor_signed"] = random.Next(2) == 0,
            }, validFrom);
        }
        var result = await session.SaveChangesAsync();
        var ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        hh.DibaoStatus = becomes;
        if (result.Versions.TryGetValue(hh.Id, out var v)) hh.Version = v;
        foreach (var p in hh.Persons)
        {
            if (result.Versions.TryGetValue(p.Id, out var pv)) p.Version = pv;
        }
        return (delta, ms);
    }

    private async Task<decimal> DibaoHouseholdsAsync(string unit)
    {
        var dibao = _library.InForce(FloorTemplate, _month)!;
        var row = await _deriver.GetRowAsync(dibao.Template.Id, dibao.Template.Version, _month.Key, unit)
                  ?? throw new InvalidOperationException($"no {FloorTemplate} row for {unit}");
        return row["hh"] is decimal d ? d : throw new InvalidOperationException($"{FloorTemplate} hh of {unit} is empty");
    }

    private BenchHousehold HouseholdToChange(int village, int i) =>
        households[village].Where(h => h.Persons.Count >= 4).Skip(i % 7).First();

    private async Task LiveAsync()
    {
        // Alone (--only live) there are no rows yet to be fresh: the floor template is derived for the county once, untimed.
        if (!options.Runs("rebuild"))
        {
            var floor = _library.InForce(FloorTemplate, _month)!;
            await new ReportDeriver(store, new TemplateLibrary([floor]), _evaluator, _narrative).RebuildAsync(_county, _month);
        }
        await SkipFeedToEndAsync();
        var materializer = new LiveReportMaterializer(store, _deriver);
        var gen = county.ForVillage(400_000);
        var random = new Random(11);
        var n = county.Villages.Count;
        var countyHh = await DibaoHouseholdsAsync(CountyData.CountyCode);

        var save = new Samples();
        var fresh = new Samples();
        var total = new Samples();
        var handled = 0;
        var measuredEntries = 0;
        var passCpu = TimeSpan.Zero; // the process's CPU (getrusage, µs) over the passes: on a shared machine the figure to compare
        var warm = Math.Min(5, n);
        var count = options.LiveSaves;
        for (var i = 0; i < warm + count; i++)
        {
            var v = (int)((long)(i * 13 + 5) % n);
            var village = county.Villages[v];
            var before = await DibaoHouseholdsAsync(village);
            var hh = HouseholdToChange(v, i);
            var (delta, saveMs) = await SaveFormAsync(hh, gen, random);
            var start = Stopwatch.GetTimestamp();
            var cpuBefore = Environment.CpuUsage.TotalTime;
            var entries = await materializer.ProcessPendingAsync();
            var passCpuNow = Environment.CpuUsage.TotalTime - cpuBefore;
            handled += entries;
            var freshMs = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            if (i >= warm)
            {
                passCpu += passCpuNow;
                measuredEntries += entries;
                save.Add(saveMs);
                fresh.Add(freshMs);
                total.Add(saveMs + freshMs);
            }
            else if (i == warm - 1) await Task.Delay(200);
            // Fresh? The village row and the county total must show the toggled household.
            var after = await DibaoHouseholdsAsync(village);
            countyHh += delta;
            var countyAfter = await DibaoHouseholdsAsync(CountyData.CountyCode);
            if (after != before + delta || countyAfter != countyHh)
                throw new InvalidOperationException($"live: {village} hh {before} → {after} (expected {before + delta}), county {countyAfter} (expected {countyHh})");
        }
        Add($"After one village's save (household + 4 persons, ChangeSource.Form): save → its rows and the county rollups fresh (LiveReportMaterializer.ProcessPendingAsync done), median of {count}",
            "< 500 ms", Fmt.Ms(total.Median), total.Median < 500);
        Add("… p95 / max", "< 500 ms", $"{Fmt.Ms(total.P95)} / {Fmt.Ms(total.Max)}", total.P95 < 500);
        Add("… p95 (issue 17: save → village row and county rollup fresh)", "< 250 ms", Fmt.Ms(total.P95), total.P95 < 250);
        Note($"live: {count} saves in different villages after {warm} untimed; SaveChangesAsync {save.Describe()}; ProcessPendingAsync {fresh.Describe()}; " +
             $"{handled} feed entries handled; process CPU per pass {Fmt.Ms(passCpu.TotalMilliseconds / count)} " +
             $"({Fmt.Ms(passCpu.TotalMilliseconds / Math.Max(1, measuredEntries))} per feed entry); after each, the village's and the county's {FloorTemplate} hh were read back and had moved by the toggled household");
        Console.WriteLine($"  templates: live {total.Describe()}; process CPU per pass (one village's save) {Fmt.Ms(passCpu.TotalMilliseconds / count)}, " +
                          $"per feed entry {Fmt.Ms(passCpu.TotalMilliseconds / Math.Max(1, measuredEntries))}");
    }

    // ---------------------------------------------------------------------------------------------------------------
    // One template for one village.

    private IEnumerable<int> VillageSequence(int count, int offset = 0)
    {
        var n = county.Villages.Count;
        var step = n > 7 && n % 7 != 0 ? 7 : 1;
        for (var i = 0; i < count; i++) yield return (int)(((long)i * step + offset) % n);
    }

    private async Task PreviewAsync()
    {
        foreach (var id in new[] { FloorTemplate, PersonTemplate })
        {
            var kind = _library.Versions(id)[^1].Template.Period;
            var period = Period.Containing(_month.Start, kind);
            var template = _library.InForce(id, period)!;
            async Task<int> OneAsync(int v)
            {
                var row = await _deriver.PreviewAsync(template, _tree.Find(county.Villages[v])!, period);
                return row.Values.Count;
            }
            foreach (var v in VillageSequence(WarmUp, 3)) await OneAsync(v);
            await Task.Delay(200);
            var samples = new Samples();
            // CPU time per call as well: on a shared machine the wall time is mostly waiting for a core.
            var cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
            foreach (var v in VillageSequence(options.Previews)) await samples.TimeAsync(() => OneAsync(v));
            var cpuPerCall = (System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / options.Previews;
            var reads = string.Join(" + ", template.EntityTypesRead.Order());
            Add($"One template for one village, warm: PreviewAsync({id}, reads {reads}) over {options.Previews} villages, median / p95",
                "< 5 ms", $"{Fmt.Ms(samples.Median)} / {Fmt.Ms(samples.P95)}", samples.Median < 5);
            Console.WriteLine($"  templates: preview {id}: {samples.Describe()}; process CPU per preview {Fmt.Ms(cpuPerCall)}");
            if (options.Profile) await ProfilePreviewAsync(template, period);
        }
    }

    /// <summary>
    /// The editor's draft preview as the server runs it (POST /api/admin/templates/preview): the draft YAML normalized,
    /// checked and compiled by <see cref="TemplateChecker"/>, then <see cref="DraftPreview"/> on one village. Three ways:
    /// the same draft previewed again (the admin switches unit or presses preview twice), the draft edited before each
    /// preview (the editor's loop: a new text every time, same village), and a new village each time (cold data).
    /// Wall time and the process's CPU (user + sys) per preview; the machine is shared, so CPU is the figure to compare.
    /// </summary>
    private async Task DraftPreviewAsync(string templatesDirectory)
    {
        var formTemplates = Path.GetDirectoryName(Path.GetFullPath(templatesDirectory));
        var kind = _library.Versions(PersonTemplate)[^1].Template.Period;
        var period = Period.Containing(_month.Start, kind);
        var shipped = _library.InForce(PersonTemplate, period)!;
        var yaml = StoredTemplates.Normalize(await File.ReadAllTextAsync(shipped.Template.SourceFile));
        var preview = new DraftPreview(store, _library, _evaluator, _narrative);
        var village = _tree.Find(county.Villages[VillageSequence(1, 5).First()])!;
        var check = new Samples();
        async Task<int> OneAsync(string draft, OrgUnit unit)
        {
            var start = Stopwatch.GetTimestamp();
            var (passed, problems) = TemplateChecker.Check([("draft.yaml", StoredTemplates.Normalize(draft))], catalog, formTemplates);
            check.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            if (problems.Count > 0) throw new InvalidOperationException("draft: " + problems[0].Message.En);
            var (own, _) = await preview.PreviewAsync(passed[0], unit, period);
            if (own.CellErrors.Count > 0) throw new InvalidOperationException("draft: " + own.CellErrors.First().Value.Zh);
            return own.Values.Count;
        }
        // The editor's edit: the title changes, so the text differs every time while the expressions stay as they are.
        string Edited(int i) => yaml.Replace("\ntitle: ", $"\ntitle: 草稿{i} ", StringComparison.Ordinal);
        for (var i = 0; i < WarmUp; i++) await OneAsync(Edited(-i - 1), village);

        var ways = new (string Name, Func<int, (string Draft, OrgUnit Unit)> Call)[]
        {
            ("same draft, same village", _ => (yaml, village)),
            ("draft edited before each preview, same village", i => (Edited(i), village)),
            ("same draft, a new village each time (cold data)", i => (yaml, _tree.Find(county.Villages[VillageSequence(i + 1, 11).Last()])!)),
        };
        foreach (var (name, call) in ways)
        {
            await Task.Delay(200);
            check = new Samples();
            var samples = new Samples();
            var process = Process.GetCurrentProcess();
            process.Refresh();
            var cpu = process.TotalProcessorTime;
            for (var i = 0; i < options.Previews; i++)
            {
                var (draft, unit) = call(i);
                await samples.TimeAsync(() => OneAsync(draft, unit));
            }
            process.Refresh();
            var cpuPerCall = (process.TotalProcessorTime - cpu).TotalMilliseconds / options.Previews;
            Add($"Draft preview (TemplateChecker.Check + DraftPreview.PreviewAsync, {PersonTemplate}, 999 persons), {name}: median wall / process CPU per preview",
                "< 5 ms", $"{Fmt.Ms(samples.Median)} / {Fmt.Ms(cpuPerCall)}", cpuPerCall < 5);
            Console.WriteLine($"  templates: draft preview, {name}: {samples.Describe()}; check median {Fmt.Ms(check.Median)}; process CPU per preview {Fmt.Ms(cpuPerCall)}");
        }
        if (!options.Profile) return;
        // Where a draft preview's time goes, the same village each time: the pieces DraftPreview and the server call, one by one.
        var loader = new VillageScopeLoader(store);
        var splits = new Dictionary<string, Samples>();
        async Task<T> Time<T>(string name, Func<Task<T>> action)
        {
            var start = Stopwatch.GetTimestamp();
            var result = await action();
            (splits.TryGetValue(name, out var s) ? s : splits[name] = new Samples()).Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            return result;
        }
        for (var i = 0; i < 50; i++)
        {
            var draft = Edited(1000 + i);
            var compiled = await Time("check + compile", () => Task.FromResult(TemplateChecker.Check([("draft.yaml", draft)], catalog, formTemplates).Passed[0]));
            await Time("regions", () => store.GetRegionsAsync());
            var scope = await Time("scope load (reads + conversion)", () => loader.LoadAsync(village, period, compiled.EntityTypesRead));
            await Time("previous row", () => store.GetReportRowAsync(PersonTemplate, shipped.Template.Version, period.Previous.Key, village.Code.Value));
            var result = await Time("evaluate", () => Task.FromResult(_evaluator.Evaluate(compiled, scope)));
            await Time("narrative", () => Task.FromResult(_narrative.Render(compiled.Template, period, village.Name, village.Code.Value, result.Values, scope.PreviousRow)));
            await Time("whole DraftPreview", () => preview.PreviewAsync(compiled, village, period));
        }
        Note($"draft preview {PersonTemplate} split, same village, draft edited each time, median ms over 50: " +
             string.Join(", ", splits.Select(s => $"{s.Key} {Fmt.Ms(s.Value.Median)}")));
    }

    /// <summary>Pure evaluation: scopes loaded once (VillageScopeLoader), then TemplateEvaluator.Evaluate many times, per template.</summary>
    private async Task EvaluateAsync(List<(CompiledTemplate Template, Period Period)> work)
    {
        var loader = new VillageScopeLoader(store);
        var villages = VillageSequence(20, 1).Select(v => _tree.Find(county.Villages[v])!).ToList();
        var scopes = new Dictionary<(Period, int), EvaluationScope>();
        foreach (var group in work.GroupBy(w => w.Period))
        {
            for (var i = 0; i < villages.Count; i++)
                scopes[(group.Key, i)] = await loader.LoadAsync(villages[i], group.Key, group.SelectMany(w => w.Template.EntityTypesRead));
        }
        var perTemplate = new List<(string Id, Samples Samples, long BytesPerCall, double CpuMsPerCall)>();
        var all = new Samples();
        foreach (var (template, period) in work)
        {
            for (var i = 0; i < WarmUp; i++) _evaluator.Evaluate(template, scopes[(period, i % villages.Count)]);
            var samples = new Samples();
            long bytes = 0;
            // Process CPU over the timed calls (wall medians swing with the machine's load; CPU time much less).
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            for (var i = 0; i < options.Previews; i++)
            {
                var scope = scopes[(period, i % villages.Count)];
                var before = GC.GetAllocatedBytesForCurrentThread();
                var start = Stopwatch.GetTimestamp();
                var result = _evaluator.Evaluate(template, scope);
                var ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                bytes += GC.GetAllocatedBytesForCurrentThread() - before;
                if (result.CellErrors.Count > 0) throw new InvalidOperationException($"{template.Template.Id}: {result.CellErrors.First().Value.Message.En}");
                samples.Add(ms);
                all.Add(ms);
            }
            perTemplate.Add((template.Template.Id, samples, bytes / options.Previews,
                (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / options.Previews));
        }
        var slowest = perTemplate.MaxBy(t => t.Samples.P95);
        Add($"One template for one village, pure evaluation (TemplateEvaluator.Evaluate on a loaded scope; {work.Count} templates × {options.Previews} calls over 20 villages), median / p95 over all",
            "< 5 ms", $"{Fmt.Ms(all.Median)} / {Fmt.Ms(all.P95)}", all.P95 < 5);
        Add($"… slowest template by p95 ({slowest.Id}), median / p95", "< 5 ms", $"{Fmt.Ms(slowest.Samples.Median)} / {Fmt.Ms(slowest.Samples.P95)}", slowest.Samples.P95 < 5);
        Note("evaluation per template (median / p95 ms, process CPU ms per call, allocated per call): " + string.Join(", ", perTemplate.Select(t =>
            string.Create(CultureInfo.InvariantCulture, $"{t.Id} {t.Samples.Median:F2} / {t.Samples.P95:F2}, CPU {t.CpuMsPerCall:F2}, {Fmt.Bytes(t.BytesPerCall)}"))));
        if (options.Profile) ProfileJintSteps();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // --profile: where the time goes.

    /// <summary>
    /// One template's preview split into its store reads (periodic values; the village's documents in one
    /// ListVillageAsOfAsync, of the fields the template reads as the preview reads them), the whole scope load (reads +
    /// conversion) and the whole preview, medians over 50 villages.
    /// </summary>
    private async Task ProfilePreviewAsync(CompiledTemplate template, Period period)
    {
        var loader = new VillageScopeLoader(store);
        var types = template.EntityTypesRead.Distinct().ToList();
        var fields = template.FieldsToLoad(store.Catalog);
        var splits = new Dictionary<string, Samples>();
        async Task Time(string name, Func<Task> action)
        {
            var start = System.Diagnostics.Stopwatch.GetTimestamp();
            await action();
            (splits.TryGetValue(name, out var s) ? s : splits[name] = new Samples()).Add(System.Diagnostics.Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }
        foreach (var v in VillageSequence(50, 2))
        {
            var village = _tree.Find(county.Villages[v])!;
            await Time("periodic values", () => store.GetPeriodicValuesAsync(village.Code.Value, period.Key));
            await Time("documents (ListVillageAsOfAsync)", () => store.ListVillageAsOfAsync(village.Code.Value, types, period.End, fields: fields));
            await Time("scope load (reads + conversion)", () => loader.LoadAsync(village, period, types, fields: fields));
            await Time("whole preview", () => _deriver.PreviewAsync(template, village, period));
        }
        Note($"preview {template.Template.Id} split, median ms over 50 villages: " +
             string.Join(", ", splits.Select(s => $"{s.Key} {Fmt.Ms(s.Value.Median)}")));
    }

    /// <summary>
    /// The rebuild replayed on one thread with the same public pieces RebuildAsync uses (VillageScopeLoader, previous-row
    /// reads, TemplateEvaluator, NarrativeRenderer, the row JSON, SaveReportRowsAsync, EvaluateRollup), each timed.
    /// The store reads under the scope loader are timed separately by calling ListAsOfAsync/GetPeriodicValuesAsync directly.
    /// </summary>
    private async Task ProfileRebuildAsync(List<(CompiledTemplate Template, Period Period)> work)
    {
        var splits = new Splits();
        var loader = new VillageScopeLoader(store);
        var groups = work.GroupBy(w => w.Period).ToList();
        var rows = new Dictionary<(string Template, string Unit), ReportRow>();
        var perTemplate = work.ToDictionary(w => w.Template.Template.Id, _ => TimeSpan.Zero);
        long scopeLoads = 0, entitiesLoaded = 0, payloadBytes = 0;
        var gc = GcMeter.Start();
        var total = Stopwatch.StartNew();
        DateTimeOffset now = DateTimeOffset.UtcNow;

        // Allocation per split: the replay is sequential, so the process-wide allocation counter is this work's.
        var allocated = new Dictionary<string, long>();
        async Task<T> Time<T>(string name, Func<Task<T>> action)
        {
            var bytes = GC.GetTotalAllocatedBytes(precise: true);
            var start = Stopwatch.GetTimestamp();
            var result = await action();
            splits.Add(name, Stopwatch.GetElapsedTime(start));
            allocated[name] = allocated.GetValueOrDefault(name) + GC.GetTotalAllocatedBytes(precise: true) - bytes;
            return result;
        }

        T TimeSync<T>(string name, Func<T> action)
        {
            var bytes = GC.GetTotalAllocatedBytes(precise: true);
            var start = Stopwatch.GetTimestamp();
            var result = action();
            splits.Add(name, Stopwatch.GetElapsedTime(start));
            allocated[name] = allocated.GetValueOrDefault(name) + GC.GetTotalAllocatedBytes(precise: true) - bytes;
            return result;
        }

        foreach (var village in _tree.Descendants(_county, OrgLevel.Village))
        {
            // As RebuildAsync: the village's documents read once for all its periods ending the same day.
            var documents = new VillageDocuments(store, village, work.SelectMany(w => w.Template.EntityTypesRead));
            foreach (var group in groups)
            {
                var period = group.Key;
                var types = group.SelectMany(w => w.Template.EntityTypesRead).Distinct().ToList();
                // The store reads alone (what the loader asks for), then the loader itself (reads + conversion to script entities + age from ID).
                await Time("1a store reads (ListVillageAsOfAsync + GetPeriodicValuesAsync)", async () =>
                {
                    var n = 0;
                    await store.GetPeriodicValuesAsync(village.Code.Value, period.Key);
                    foreach (var list in (await store.ListVillageAsOfAsync(village.Code.Value, types, period.End)).Values) n += list.Count;
                    entitiesLoaded += n;
                    return n;
                });
                var scope = await Time("1b VillageScopeLoader.LoadAsync (reads once per village through VillageDocuments + conversion)", () => loader.LoadAsync(documents, period, types));
                scopeLoads++;
                var derived = new List<StoredReportRow>();
                foreach (var (template, p) in group)
                {
                    var previous = await Time("2 previous-period row reads (GetReportRowAsync)", () =>
                        store.GetReportRowAsync(template.Template.Id, template.Template.Version, p.Previous.Key, village.Code.Value));
                    var start = Stopwatch.GetTimestamp();
                    var result = TimeSync("3 evaluation (TemplateEvaluator.Evaluate)", () => _evaluator.Evaluate(template, scope));
                    perTemplate[template.Template.Id] += Stopwatch.GetElapsedTime(start);
                    var text = TimeSync("4 narrative (NarrativeRenderer.Render)", () => _narrative.Render(template.Template, p, village.Name, village.Code.Value, result.Values));
                    var row = new ReportRow(template.Template.Id, template.Template.Version, p.Key, village.Code.Value, village.Level, result.Values,
                        result.CellErrors.ToDictionary(e => e.Key, e => e.Value.Message), result.Checks, text, now);
                    rows[(template.Template.Id, village.Code.Value)] = row;
                    var storedRow = TimeSync("5 row JSON (ReportRowPayload)", () => ToStored(row));
                    payloadBytes += storedRow.Payload.Length;
                    derived.Add(storedRow);
                    _ = previous;
                }
                await Time("6 writes (SaveReportRowsAsync, one call per village and period)", async () => { await store.SaveReportRowsAsync(derived); return 0; });
            }
        }
        var villagePart = total.Elapsed;

        var above = _tree.Descendants(_county).Where(u => u.Level < OrgLevel.Village).Append(_tree.Find(_county)!)
            .OrderByDescending(u => u.Level).ToList();
        var rolled = new List<StoredReportRow>();
        foreach (var unit in above)
        {
            foreach (var (template, p) in work)
            {
                var children = _tree.Children(unit.Code).Select(c => rows.TryGetValue((template.Template.Id, c.Code.Value), out var r) ? r.Values : null)
                    .OfType<IReadOnlyDictionary<string, object?>>().ToList();
                await Time("7 rollups: previous-period row reads", () => store.GetReportRowAsync(template.Template.Id, template.Template.Version, p.Previous.Key, unit.Code.Value));
                var scope = new EvaluationScope(new ScriptUnit(unit.Code.Value, unit.Name, unit.Level), p);
                var result = TimeSync("7 rollups: EvaluateRollup + narrative + JSON", () =>
                {
                    var r = _evaluator.EvaluateRollup(template, scope, children);
                    var row = new ReportRow(template.Template.Id, template.Template.Version, p.Key, unit.Code.Value, unit.Level, r.Values,
                        r.CellErrors.ToDictionary(e => e.Key, e => e.Value.Message), r.Checks,
                        _narrative.Render(template.Template, p, unit.Name, unit.Code.Value, r.Values), now);
                    rows[(template.Template.Id, unit.Code.Value)] = row;
                    rolled.Add(ToStored(row));
                    return r;
                });
                _ = result;
            }
        }
        await Time("8 rollups: writes", async () => { await store.SaveReportRowsAsync(rolled); return 0; });
        total.Stop();
        var replayGc = gc.Stop();

        // 1a repeats the reads that 1b makes: it is shown, but left out of the percentages (which are of the replay minus 1a).
        var reads = splits.All.First(s => s.Name.StartsWith("1a", StringComparison.Ordinal)).Total;
        var loads = splits.All.First(s => s.Name.StartsWith("1b", StringComparison.Ordinal)).Total;
        var sum = splits.All.Where(s => !s.Name.StartsWith("1a", StringComparison.Ordinal)).Aggregate(TimeSpan.Zero, (a, s) => a + s.Total);
        Note($"rebuild replayed on one thread: {Fmt.Duration(total.Elapsed - reads)} without the extra reads of 1a ({Fmt.Duration(villagePart - reads)} for the villages); {scopeLoads} scope loads " +
             $"({Fmt.Count(entitiesLoaded)} entities, {groups.Count} periods per village), {rows.Count} rows, row JSON {Fmt.Bytes(payloadBytes)}. Splits: " +
             string.Join(", ", splits.All.Select(s => s.Name.StartsWith("1a", StringComparison.Ordinal)
                 ? $"{s.Name} {Fmt.Duration(s.Total)}, {Fmt.Bytes(allocated[s.Name])} allocated (within 1b)"
                 : $"{s.Name} {Fmt.Duration(s.Total)} ({100 * s.Total / sum:F0} %), {Fmt.Bytes(allocated[s.Name])} allocated")) +
             $". Converting documents to script entities (1b − 1a) ≈ {Fmt.Duration(loads - reads)}. Evaluation per template (all villages): " +
             string.Join(", ", perTemplate.OrderByDescending(t => t.Value).Select(t => $"{t.Key} {Fmt.Ms(t.Value.TotalMilliseconds)}")) +
             $". {replayGc} (during the whole replay, 1a included)");
    }

    /// <summary>
    /// What the sandbox's isolation costs under Jint 4: every row gets a fresh engine with FormHub's limits (statements,
    /// time, recursion, memory, array size, no string compilation), and expressions are prepared once and reused.
    /// Measured on plain engines: constructing one, and running a prepared one-statement program on it.
    /// </summary>
    private void ProfileJintSteps()
    {
        static Jint.Engine Sandboxed() => new(o => o.MaxStatements(2_000_000).TimeoutInterval(TimeSpan.FromSeconds(1)).LimitRecursion(64)
            .LimitMemory(64L << 20).MaxArraySize(1_000_000).DisableStringCompilation());
        var program = Jint.Engine.PrepareScript("1 + 2");
        for (var i = 0; i < 2000; i++) Sandboxed().Evaluate(program);
        const int n = 20_000;
        var before = GC.GetAllocatedBytesForCurrentThread();
        var start = Stopwatch.GetTimestamp();
        for (var i = 0; i < n; i++) Sandboxed();
        var construct = Stopwatch.GetElapsedTime(start).TotalMilliseconds * 1000 / n;
        var constructBytes = (GC.GetAllocatedBytesForCurrentThread() - before) / (double)n;
        var engine = Sandboxed();
        before = GC.GetAllocatedBytesForCurrentThread();
        start = Stopwatch.GetTimestamp();
        for (var i = 0; i < n; i++) engine.Evaluate(program);
        var run = Stopwatch.GetElapsedTime(start).TotalMilliseconds * 1000 / n;
        var runBytes = (GC.GetAllocatedBytesForCurrentThread() - before) / (double)n;
        Note(string.Create(CultureInfo.InvariantCulture,
            $"Jint 4.18.0: a fresh sandboxed engine {construct:F2} µs and {constructBytes:F0} bytes; a prepared one-statement program on it {run:F2} µs and {runBytes:F0} bytes per run"));
    }

    /// <summary>
    /// One live refresh replayed with the public pieces ProcessPendingAsync uses: the feed read, the region tree, the
    /// affected (template, period) pairs (GetReportPeriodsAsync once per village), RefreshVillageAsync as a whole,
    /// and inside it the scope loads, the evaluations, the rollup reads of the siblings' stored rows and the writes.
    /// </summary>
    private async Task ProfileLiveAsync()
    {
        // Alone (--only live) there are no rows yet to be fresh: the floor template is derived for the county once, untimed.
        if (!options.Runs("rebuild"))
        {
            var floor = _library.InForce(FloorTemplate, _month)!;
            await new ReportDeriver(store, new TemplateLibrary([floor]), _evaluator, _narrative).RebuildAsync(_county, _month);
        }
        await SkipFeedToEndAsync();
        var materializer = new LiveReportMaterializer(store, _deriver);
        var gen = county.ForVillage(500_000);
        var random = new Random(13);
        var splits = new Splits();
        var cpuSplits = new Splits(); // the process's CPU over each piece (getrusage): the wall time on a shared machine is mostly waiting
        var rounds = 10;
        var rollupRows = 0L;
        var rollupBytes = 0L;
        var rollupReads = 0;
        var periodReads = 0;
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

        async Task<T> Time<T>(string name, Func<Task<T>> action)
        {
            var start = Stopwatch.GetTimestamp();
            var cpu = Environment.CpuUsage.TotalTime;
            var result = await action();
            splits.Add(name, Stopwatch.GetElapsedTime(start));
            cpuSplits.Add(name, Environment.CpuUsage.TotalTime - cpu);
            return result;
        }

        for (var i = 0; i < rounds; i++)
        {
            var v = (int)((long)(i * 17 + 11) % county.Villages.Count);
            var village = _tree.Find(county.Villages[v])!;
            await SaveFormAsync(HouseholdToChange(v, i + 3), gen, random);

            var cursor = await Time("a feed: GetCursorAsync + ReadChangesAsync", async () => await store.ReadChangesAsync(await store.GetCursorAsync(LiveReportMaterializer.CursorName), 5000));
            var tree = await Time("b LoadRegionsAsync (regions + tree)", () => _deriver.LoadRegionsAsync());
            // Affected: the stored periods of the village (every template version at once), then each change × template.
            var work = new HashSet<(CompiledTemplate, Period)>();
            await Time("c affected pairs (GetReportPeriodsAsync once per village)", async () =>
            {
                periodReads++;
                var reported = await store.GetReportPeriodsAsync(village.Code.Value);
                foreach (var change in cursor)
                {
                    var changed = Period.Parse(change.Period);
                    foreach (var id in _library.Ids)
                    {
                        var type = _library.Versions(id)[^1].Template.Period;
                        var first = changed.Type == type ? changed : Period.Containing(changed.Start, type);
                        var periods = new HashSet<Period> { first, Period.Containing(today, type) };
                        foreach (var version in _library.Versions(id))
                        {
                            foreach (var key in reported.Of(id, version.Template.Version))
                                if (string.CompareOrdinal(key, first.Key) > 0) periods.Add(Period.Parse(key));
                        }
                        foreach (var period in periods)
                        {
                            if (_library.InForce(id, period) is { } template
                                && template.IsAffectedBy(change.EntityType, change.Kind is EventKind.Created or EventKind.Retired, change.Fields))
                                work.Add((template, period));
                        }
                    }
                }
                return work.Count;
            });
            await Time("d RefreshVillageAsync (whole: loads, derivations, rollups above, writes)", async () => { await _deriver.RefreshVillageAsync(tree, village, work); return 0; });

            // Inside RefreshVillageAsync, piece by piece.
            var loader = new VillageScopeLoader(store);
            foreach (var group in work.GroupBy(w => w.Item2))
            {
                var scope = await Time("d1 scope loads (VillageScopeLoader.LoadAsync per period)", () => loader.LoadAsync(village, group.Key, group.SelectMany(w => w.Item1.EntityTypesRead)));
                foreach (var (template, period) in group)
                {
                    var start = Stopwatch.GetTimestamp();
                    var cpu = Environment.CpuUsage.TotalTime;
                    _evaluator.Evaluate(template, scope);
                    splits.Add("d2 evaluations (Evaluate)", Stopwatch.GetElapsedTime(start));
                    cpuSplits.Add("d2 evaluations (Evaluate)", Environment.CpuUsage.TotalTime - cpu);
                    foreach (var ancestor in tree.Ancestors(village.Code))
                    {
                        var stored = await Time("d3 rollups: GetReportRowsAsync(ancestor) of the siblings' rows", () =>
                            store.GetReportRowsAsync(template.Template.Id, template.Template.Version, period.Key, ancestor.Code.Value));
                        rollupReads++;
                        rollupRows += stored.Count;
                        rollupBytes += stored.Sum(s => (long)s.Payload.Length);
                    }
                }
            }
            await Time("e for comparison: ProcessPendingAsync itself on the same change (it also moves the cursor)", () => materializer.ProcessPendingAsync());
        }
        Note($"live refresh replayed {rounds} times (a village's save, then the pieces of ProcessPendingAsync; per refresh): " +
             string.Join(", ", splits.All.Zip(cpuSplits.All).Select(s =>
                 $"{s.First.Name} {Fmt.Ms(s.First.Total.TotalMilliseconds / rounds)} (CPU {Fmt.Ms(s.Second.Total.TotalMilliseconds / rounds)})")) +
             $". Per refresh: {periodReads / rounds} GetReportPeriodsAsync calls, {rollupReads / rounds} GetReportRowsAsync calls returning " +
             $"{Fmt.Count(rollupRows / rounds)} stored rows ({Fmt.Bytes(rollupBytes / rounds)} of JSON) to roll up from at most 30 children per unit.");
    }

    /// <summary>RebuildAsync reports progress after each village; the last report marks the end of the village phase (the rollups follow).</summary>
    private sealed class VillagePhase : IProgress<(int Done, int Total)>
    {
        private long _start;
        private long _first;
        private long _last;

        public VillagePhase Start()
        {
            _start = _last = _first = Stopwatch.GetTimestamp();
            return this;
        }

        public TimeSpan Elapsed => Stopwatch.GetElapsedTime(_start, Interlocked.Read(ref _last));

        /// <summary>Until the first village is done: its earlier periods a prev() chain derives, then the requested one.</summary>
        public TimeSpan UntilFirst => Stopwatch.GetElapsedTime(_start, Interlocked.Read(ref _first));

        public void Report((int Done, int Total) value)
        {
            var now = Stopwatch.GetTimestamp();
            Interlocked.CompareExchange(ref _first, now, _start);
            Interlocked.Exchange(ref _last, now);
        }
    }

    /// <summary>Garbage collections, GC pause time and allocation during a phase.</summary>
    private sealed class GcMeter
    {
        private readonly int[] _counts = new int[3];
        private TimeSpan _pause;
        private long _allocated;

        public static GcMeter Start()
        {
            var m = new GcMeter { _pause = GC.GetTotalPauseDuration(), _allocated = GC.GetTotalAllocatedBytes() };
            for (var g = 0; g < 3; g++) m._counts[g] = GC.CollectionCount(g);
            return m;
        }

        public string Stop() =>
            $"GC: {Fmt.Bytes(GC.GetTotalAllocatedBytes() - _allocated)} allocated, collections gen0/1/2 " +
            $"{GC.CollectionCount(0) - _counts[0]}/{GC.CollectionCount(1) - _counts[1]}/{GC.CollectionCount(2) - _counts[2]}, " +
            $"paused {Fmt.Duration(GC.GetTotalPauseDuration() - _pause)}";
    }
}
