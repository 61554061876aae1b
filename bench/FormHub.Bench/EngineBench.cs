using System.Diagnostics;
using FormHub.Core.Catalog;
using FormHub.Storage;
using FormHub.Storage.Model;
using Npgsql;

namespace FormHub.Bench;

/// <summary>One measured figure: what, the target (if any), the value and whether it meets the target.</summary>
internal sealed record Measure(string Name, string Target, string Value, bool? Met, string Section = Measure.StorageSection)
{
    public const string StorageSection = "Storage (issue 2)";
    public const string TemplatesSection = "Templates and derivation (issue 3)";
}

internal sealed record EngineResult(string Engine, string Description, List<Measure> Measures, List<string> Notes)
{
    public bool AllTargetsMet => Measures.All(m => m.Met != false);
}

/// <summary>Runs every measure against one engine in a fresh store (temp SQLite directory or fresh PostgreSQL schema).</summary>
internal sealed class EngineBench(string engine, BenchOptions options, FieldCatalog catalog, CountyData county)
{
    private static readonly DateOnly HistoryValidFrom = new(2025, 3, 1);
    /// <summary>Between the load (valid from 2024-01-01) and the history changes (valid from 2025-03-01).</summary>
    private static readonly DateOnly AsOfDate = new(2024, 12, 31);
    /// <summary>After the history changes and before the household saves.</summary>
    private static readonly DateOnly RecentDate = new(2025, 6, 30);
    private static readonly DateOnly SaveValidFrom = new(2026, 11, 1);
    /// <summary>
    /// Untimed calls before each timed series: enough for the runtime's tiered JIT to promote the hot paths (30 calls),
    /// so the figures are those of a long-running server rather than of freshly started code.
    /// </summary>
    private const int WarmUp = 40;

    private readonly List<Measure> _measures = [];
    private readonly List<string> _notes = [];
    private readonly List<BenchHousehold>[] _households = Enumerable.Range(0, county.Villages.Count).Select(_ => new List<BenchHousehold>()).ToArray();
    private string _description = "";

    public async Task<EngineResult> RunAsync()
    {
        var temp = Path.Combine(Path.GetTempPath(), "fh-bench-" + Guid.NewGuid().ToString("N")[..8]);
        var schema = "bench_" + Guid.NewGuid().ToString("N")[..12];
        var storage = engine == "sqlite"
            ? new StorageOptions { DataDirectory = temp }
            : new StorageOptions
            {
                PostgresConnectionString = options.PostgresConnectionString, PostgresSchema = schema,
            };
        _description = engine == "sqlite" ? $"SQLite {SqliteVersion()} in {temp}"
            : $"PostgreSQL {await PostgresVersionAsync()} schema {schema}, Marten engine";
        Console.WriteLine(_description);
        try
        {
            await using (var store = await FormHubStoreFactory.OpenAsync(storage, catalog))
            {
                await store.SaveRegionsAsync(county.Regions);
                var loadAverages = new List<string> { "start " + LoadAverage() };
                await LoadAsync(store);
                loadAverages.Add("after the load " + LoadAverage());
                if (options.Storage)
                {
                    await ReadRostersAsync(store);
                    await MakeHistoryAsync(store);
                    await ReadAsOfAsync(store);
                    await SaveHouseholdsAsync(store);
                    await VerifyAsync(store);
                    loadAverages.Add("after the storage measures " + LoadAverage());
                }
                if (options.Templates)
                {
                    await new TemplateBench(engine, options, store, storage, catalog, county, _households, _measures, _notes).RunAsync(loadAverages);
                    loadAverages.Add("after the template measures " + LoadAverage());
                }
                _notes.Add("machine load average (1 min, 5 min, 15 min; 2 = both cores busy): " + string.Join("; ", loadAverages));
                Console.WriteLine("  " + _notes[^1]);
                // The profiler re-runs the SQLite store's own SQL on a raw connection: SQLite only.
                if (options.Profile && options.Storage && engine == "sqlite") await new Profiler(store, storage, catalog, county, _notes).RunAsync();
                var counts = await store.CountAsync();
                _notes.Add($"final counts: {Fmt.Count(counts.Entities)} entities, {Fmt.Count(counts.Events)} events");
            }
            _notes.Add("storage size after the run: " + (engine == "sqlite" ? Fmt.Bytes(DirectorySize(temp)) : await PostgresSizeAsync(schema)));
        }
        finally
        {
            if (options.Keep)
            {
                Console.WriteLine($"kept: {(engine == "sqlite" ? temp : "schema " + schema)}");
            }
            else if (engine == "sqlite")
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                if (Directory.Exists(temp)) Directory.Delete(temp, recursive: true);
            }
            else
            {
                await using var connection = new NpgsqlConnection(options.PostgresConnectionString);
                await connection.OpenAsync();
                await using var drop = new NpgsqlCommand($"DROP SCHEMA IF EXISTS \"{schema}\" CASCADE", connection);
                await drop.ExecuteNonQueryAsync();
            }
        }
        return new EngineResult(engine, _description, _measures, _notes);
    }

    /// <summary>The county load: one session per village (its households and persons), saved in one transaction each.</summary>
    private async Task LoadAsync(IFormHubStore store)
    {
        var splits = new Splits();
        var saveTimes = new Samples();
        var done = 0;
        var cpuBefore = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
        var total = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, county.Villages.Count),
            new ParallelOptions { MaxDegreeOfParallelism = options.LoadParallelism },
            async (v, ct) =>
            {
                var village = county.Villages[v];
                var build = Stopwatch.StartNew();
                var session = store.OpenSession("bench-loader", ChangeSource.Import);
                var villageHouseholds = county.CreateVillage(session, v);
                build.Stop();
                var save = Stopwatch.StartNew();
                var result = await session.SaveChangesAsync(ct);
                save.Stop();
                if (result.Versions.Count != villageHouseholds.Count + villageHouseholds.Sum(h => h.Persons.Count))
                    throw new InvalidOperationException($"village {village}: saved {result.Versions.Count} entities");
                lock (splits)
                {
                    splits.Add("generate values + session.Create", build.Elapsed);
                    splits.Add("SaveChangesAsync", save.Elapsed);
                    saveTimes.Add(save.Elapsed.TotalMilliseconds);
                    _households[v] = villageHouseholds;
                    done++;
                    if (done % 30 == 0 || done == county.Villages.Count)
                        Console.WriteLine($"  loaded {done}/{county.Villages.Count} villages in {Fmt.Duration(total.Elapsed)}");
                }
            });
        total.Stop();
        // The harness's own CPU (generating, validating, serializing): the database server's is not in it.
        var cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;

        var counts = await store.CountAsync();
        var households = (long)county.Villages.Count * county.HouseholdsPerVillage;
        var persons = (long)county.Villages.Count * county.PersonsPerVillage;
        if (counts.Entities != households + persons)
            throw new InvalidOperationException($"expected {households + persons} entities after the load, found {counts.Entities}");
        var rate = (households + persons) / total.Elapsed.TotalSeconds;
        _measures.Add(new Measure(
            $"Load {county.Villages.Count} villages: {Fmt.Count(households)} households + {Fmt.Count(persons)} persons",
            "< 2 min", $"{Fmt.Duration(total.Elapsed)} ({Fmt.Count((long)rate)} entities/s)", total.Elapsed < TimeSpan.FromMinutes(2)));
        _notes.Add($"load: {Fmt.Count(counts.Events)} events written; one session per village ({county.HouseholdsPerVillage + county.PersonsPerVillage} creates), " +
                   $"{options.LoadParallelism} village(s) at a time; harness CPU {Fmt.Duration(cpu)}; SaveChangesAsync per village {saveTimes.Describe()}; splits (summed over villages): " +
                   string.Join(", ", splits.All.Select(s => $"{s.Name} {Fmt.Duration(s.Total)}")));
        Console.WriteLine($"  load: {Fmt.Duration(total.Elapsed)}; {_notes[^1]}");
    }

    /// <summary>Different villages for each timed read, spread over the county.</summary>
    private IEnumerable<int> VillageSequence(int count)
    {
        var n = county.Villages.Count;
        var step = n > 7 && n % 7 != 0 ? 7 : 1;
        for (var i = 0; i < count; i++) yield return (int)((long)i * step % n);
    }

    private async Task WarmUpAsync(Func<int, Task<int>> read)
    {
        foreach (var v in VillageSequence(WarmUp)) await read((v + 3) % county.Villages.Count);
        await Task.Delay(200); // tier-1 compilation happens in the background
    }

    private async Task ReadRostersAsync(IFormHubStore store)
    {
        var expected = Math.Min(1000, county.PersonsPerVillage);
        async Task<int> ReadAsync(int v)
        {
            var page = await store.ListAsync(new EntityQuery(county.Villages[v], "person") { Take = 1000 });
            if (page.Items.Count != expected) throw new InvalidOperationException($"roster of {county.Villages[v]}: {page.Items.Count} persons, expected {expected}");
            return page.Items.Count;
        }
        await WarmUpAsync(ReadAsync);
        var samples = new Samples();
        // CPU and allocations of this process per read: the client side's share, steadier than wall time on a busy machine.
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        foreach (var v in VillageSequence(options.Reads)) await samples.TimeAsync(() => ReadAsync(v));
        var cpuPerRead = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / options.Reads;
        var allocatedPerRead = (GC.GetTotalAllocatedBytes(precise: true) - allocated) / options.Reads;
        _measures.Add(new Measure($"Read a village's current roster ({expected} persons, ListAsync Take=1000), median", "< 20 ms",
            Fmt.Ms(samples.Median), samples.Median < 20));
        _measures.Add(new Measure("Current roster read, p95 / max", "< 20 ms", $"{Fmt.Ms(samples.P95)} / {Fmt.Ms(samples.Max)}", samples.P95 < 20));
        _measures.Add(new Measure("Current roster read: this process's CPU / allocated bytes per read", "",
            $"{Fmt.Ms(cpuPerRead)} / {Fmt.Bytes(allocatedPerRead)}", null));
        Console.WriteLine($"  roster read: {samples.Describe()}; CPU {cpuPerRead:0.0} ms, {allocatedPerRead / 1024} KB allocated per read");
    }

    /// <summary>History for the as-of reads: 10 % of persons change two fields with a later valid-from date, one session per village.</summary>
    private async Task MakeHistoryAsync(IFormHubStore store)
    {
        var total = Stopwatch.StartNew();
        var changed = 0;
        for (var v = 0; v < county.Villages.Count; v++)
        {
            var gen = county.ForVillage(100_000 + v);
            var session = store.OpenSession("bench-cadre", ChangeSource.Form);
            var persons = _households[v].SelectMany(h => h.Persons).Where((_, i) => i % 10 == 0).ToList();
            foreach (var p in persons)
            {
                session.Change(p.Id, p.Version, new Dictionary<string, object?>
                {
                    ["employment_status"] = gen.EmploymentStatus(),
                    ["residence_status"] = "外出",
                }, HistoryValidFrom);
            }
            var result = await session.SaveChangesAsync();
            foreach (var p in persons)
            {
                if (result.Versions.TryGetValue(p.Id, out var version)) p.Version = version;
            }
            changed += persons.Count;
        }
        total.Stop();
        _notes.Add($"history: {Fmt.Count(changed)} persons (10 %) changed employment_status and residence_status valid from {HistoryValidFrom:yyyy-MM-dd}, " +
                   $"one session per village, in {Fmt.Duration(total.Elapsed)}");
        Console.WriteLine($"  {_notes[^1]}");
    }

    /// <summary>
    /// As-of reads. The target measure reads a date before the history changes, so the store has to replay the event log
    /// (a village's persons as they stood then: every changed person back at version 1). A second, informational measure
    /// reads a date after every change, which the store answers from the current documents.
    /// </summary>
    private async Task ReadAsOfAsync(IFormHubStore store)
    {
        var expected = county.PersonsPerVillage;
        async Task<Samples> SeriesAsync(DateOnly date, bool replay)
        {
            async Task<int> ReadAsync(int v)
            {
                var list = await store.ListAsOfAsync(county.Villages[v], "person", date);
                if (list.Count != expected) throw new InvalidOperationException($"as-of roster of {county.Villages[v]}: {list.Count} persons, expected {expected}");
                var changed = list.Count(d => d.Version > 1);
                if (replay ? changed != 0 : changed == 0)
                    throw new InvalidOperationException($"as-of roster of {county.Villages[v]} on {date:yyyy-MM-dd}: {changed} persons show a later change");
                return list.Count;
            }
            await WarmUpAsync(ReadAsync);
            var samples = new Samples();
            foreach (var v in VillageSequence(options.Reads)) await samples.TimeAsync(() => ReadAsync(v));
            return samples;
        }

        var replayed = await SeriesAsync(AsOfDate, replay: true);
        _measures.Add(new Measure($"Read a village's roster as of {AsOfDate:yyyy-MM-dd}, before the history changes ({expected} persons, ListAsOfAsync replays the log), median",
            "< 100 ms", Fmt.Ms(replayed.Median), replayed.Median < 100));
        _measures.Add(new Measure("As-of roster read (replay), p95 / max", "< 100 ms", $"{Fmt.Ms(replayed.P95)} / {Fmt.Ms(replayed.Max)}", replayed.P95 < 100));
        Console.WriteLine($"  as-of read (replay): {replayed.Describe()}");

        var current = await SeriesAsync(RecentDate, replay: false);
        _measures.Add(new Measure($"Read a village's roster as of {RecentDate:yyyy-MM-dd}, after every change (served from current documents), median / p95", "",
            $"{Fmt.Ms(current.Median)} / {Fmt.Ms(current.P95)}", null));
        Console.WriteLine($"  as-of read (nothing later): {current.Describe()}");
    }

    /// <summary>A form submission: one household and 4 of its persons changed in one session, with the versions last read.</summary>
    private async Task SaveHouseholdsAsync(IFormHubStore store)
    {
        var candidates = _households.SelectMany(h => h).Where(h => h.Persons.Count >= 4).ToList();
        if (candidates.Count == 0)
        {
            _notes.Add("save: skipped, no household has 4 persons (raise --persons-per-household)");
            return;
        }
        var random = new Random(7);
        var order = candidates.OrderBy(_ => random.Next()).ToList();
        var gen = county.ForVillage(200_000);
        var samples = new Samples();
        for (var i = 0; i < WarmUp + options.Saves; i++)
        {
            var hh = order[i % order.Count];
            var start = Stopwatch.GetTimestamp();
            var session = store.OpenSession("bench-cadre", ChangeSource.Form);
            session.Change(hh.Id, hh.Version, new Dictionary<string, object?>
            {
                ["address"] = $"{random.Next(1, 20)}组{random.Next(1, 200)}号",
                ["sanitary_toilet"] = true,
            }, SaveValidFrom);
            foreach (var p in hh.Persons.Take(4))
            {
                session.Change(p.Id, p.Version, new Dictionary<string, object?>
                {
                    ["phone"] = gen.Phone(),
                    ["employment_status"] = gen.EmploymentStatus(),
                    ["family_doctor_signed"] = random.Next(2) == 0,
                }, SaveValidFrom);
            }
            var result = await session.SaveChangesAsync();
            var ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            if (i >= WarmUp) samples.Add(ms);
            if (i == WarmUp - 1) await Task.Delay(200);
            if (result.Versions.TryGetValue(hh.Id, out var v)) hh.Version = v;
            foreach (var p in hh.Persons)
            {
                if (result.Versions.TryGetValue(p.Id, out var pv)) p.Version = pv;
            }
        }
        _measures.Add(new Measure("Save one household + 4 persons changed (one session), p95", "< 20 ms", Fmt.Ms(samples.P95), samples.P95 < 20));
        _measures.Add(new Measure("Household save, median / max", "", $"{Fmt.Ms(samples.Median)} / {Fmt.Ms(samples.Max)}", null));
        Console.WriteLine($"  household save: {samples.Describe()}");
    }

    private async Task VerifyAsync(IFormHubStore store)
    {
        var start = Stopwatch.GetTimestamp();
        var verification = await store.VerifyAsync(county.Villages[0]);
        var elapsed = Stopwatch.GetElapsedTime(start);
        if (!verification.IsIntact) throw new InvalidOperationException($"chain of {county.Villages[0]} is broken");
        _measures.Add(new Measure($"Verify one village's hash chain ({Fmt.Count(verification.EventsChecked)} events)", "", Fmt.Ms(elapsed.TotalMilliseconds), null));
    }

    /// <summary>The shared machine's load average, so figures taken while others were building can be told apart.</summary>
    internal static string LoadAverage()
    {
        try
        {
            return string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "n/a";
        }
    }

    private static string SqliteVersion()
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "select sqlite_version()";
        return (string)command.ExecuteScalar()!;
    }

    private async Task<string> PostgresVersionAsync()
    {
        await using var connection = new NpgsqlConnection(options.PostgresConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SHOW server_version", connection);
        return (string)(await command.ExecuteScalarAsync())!;
    }

    private async Task<string> PostgresSizeAsync(string schema)
    {
        await using var connection = new NpgsqlConnection(options.PostgresConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT COALESCE(SUM(pg_total_relation_size(c.oid)), 0) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = @s AND c.relkind = 'r'",
            connection);
        command.Parameters.AddWithValue("s", schema);
        return Fmt.Bytes(Convert.ToInt64(await command.ExecuteScalarAsync()));
    }

    private static long DirectorySize(string dir) =>
        Directory.Exists(dir) ? Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length) : 0;
}
