using System.Diagnostics;
using System.Text.Json;
using FormHub.Core.Catalog;
using FormHub.Core.OrgUnits;
using FormHub.Reports;
using FormHub.Scripting;
using FormHub.Storage;
using FormHub.Storage.Model;
using FormHub.Storage.Shards;
using Npgsql;

namespace FormHub.Bench;

/// <summary>
/// The province suite (issue 17, item 3): four counties of --villages villages each on two PostgreSQL servers (two counties
/// per shard, behind the sharded store), loaded in parallel, rebuilt cold for the whole province, then live saves in
/// villages of both shards each followed by that shard's materializer pass until the province row shows it.
/// Times are wall clock with this process's CPU time beside them (PostgreSQL's own CPU is not in it).
/// </summary>
internal static class ProvinceBench
{
    private static readonly (string County, string Shard)[] Placement = [("361025", "a"), ("361026", "a"), ("361027", "b"), ("361028", "b")];
    private const string Province = "360000000000";
    private const string FloorTemplate = "mz-dibao-monthly";

    public static async Task<int> RunAsync(BenchOptions options, FieldCatalog catalog)
    {
        if (options.PostgresConnectionString is null || options.PostgresConnectionString2 is null)
        {
            Console.Error.WriteLine("province suite: needs --postgres and --postgres2 (two servers, or two databases)");
            return 2;
        }
        var schema = $"bench_province_{DateTime.UtcNow:yyyyMMddHHmmss}";
        var root = Directory.CreateTempSubdirectory("formhub-province-bench-").FullName;
        var layoutFile = Path.Combine(root, "shards.json");
        await File.WriteAllTextAsync(layoutFile, JsonSerializer.Serialize(new
        {
            shards = new[] { new { name = "a", connection = options.PostgresConnectionString }, new { name = "b", connection = options.PostgresConnectionString2 } },
            counties = Placement.ToDictionary(p => p.County, p => p.Shard),
        }));
        var counties = Placement.Select((p, i) => new CountyData(options.Villages, options.HouseholdsPerVillage, options.PersonsPerHousehold, options.Month.End,
            20261123 + i * 7919, p.County)).ToList();
        var villages = counties.SelectMany(c => c.Villages.Select((v, i) => (County: c, Index: i, Code: v))).ToList();
        Console.WriteLine($"FormHub province benchmark: {counties.Count} counties × {options.Villages} villages × {options.HouseholdsPerVillage} households " +
                          $"on 2 shards (schema {schema}); load {EngineBench.LoadAverage()}");

        var lines = new List<string>();
        var storage = new StorageOptions { ShardLayoutFile = layoutFile, PostgresSchema = schema, DataDirectory = root, AuditKeyFile = Path.Combine(root, "audit.key") };
        var households = new Dictionary<string, List<BenchHousehold>>();
        await using (var store = await FormHubStoreFactory.OpenAsync(storage, catalog))
        {
            await store.SaveRegionsAsync(counties.SelectMany(c => c.Regions).DistinctBy(u => u.Code.Value).ToList());

            // Load: every village of every county, LoadParallelism villages at a time over both shards.
            var (load, loadCpu) = await TimedAsync(() => Parallel.ForEachAsync(villages, new ParallelOptions { MaxDegreeOfParallelism = options.LoadParallelism },
                async (v, ct) =>
                {
                    var gen = v.County.ForVillage(v.Index);
                    var session = store.OpenSession("bench-loader", ChangeSource.Import);
                    var list = new List<BenchHousehold>();
                    for (var h = 0; h < v.County.HouseholdsPerVillage; h++)
                    {
                        var size = v.County.HouseholdSize(h);
                        var hh = new BenchHousehold { Village = v.Code };
                        hh.Id = session.Create("household", v.Code, gen.HouseholdFields(hh, h, size), CountyData.LoadValidFrom);
                        for (var p = 0; p < size; p++)
                        {
                            var person = new BenchPerson();
                            person.Id = session.Create("person", v.Code, gen.PersonFields(person, hh.Id, p), CountyData.LoadValidFrom);
                            hh.Persons.Add(person);
                        }
                        list.Add(hh);
                    }
                    await session.SaveChangesAsync(ct);
                    lock (households) households[v.Code] = list;
                }));
            var counts = await store.CountAsync();
            lines.Add($"| load {counties.Count} counties ({Fmt.Count(counts.Entities)} records, {Fmt.Count(counts.Events)} events), {options.LoadParallelism} villages at a time | " +
                      $"{Fmt.Duration(load)} | {Fmt.Duration(loadCpu)} | {Fmt.Count((long)(counts.Entities / load.TotalSeconds))} records/s |");
            Console.WriteLine(lines[^1]);

            // Cold rebuild of the whole province: every shipped template for the month, villages of both shards, rollups up to the province.
            var library = TemplateLibrary.LoadDirectory(options.TemplatesDirectory ?? Path.Combine(BenchOptions.FindRepositoryRoot(), "form-templates", "templates"), catalog);
            var deriver = new ReportDeriver(store, library, new TemplateEvaluator(), new NarrativeRenderer());
            var rows = 0;
            var (rebuild, rebuildCpu) = await TimedAsync(async () => rows = await deriver.RebuildAsync(RegionCode.Parse(Province), options.Month));
            lines.Add($"| cold rebuild of the province, {library.InForceOn(options.Month.Start).Count()} templates, {Fmt.Count(villages.Count)} villages ({rows:N0} rows) | " +
                      $"{Fmt.Duration(rebuild)} | {Fmt.Duration(rebuildCpu)} | |");
            Console.WriteLine(lines[^1]);

            // The province row read back across both shards: the county rows of every shard and the province's own.
            var read = new Samples();
            var dibao = library.InForce(FloorTemplate, options.Month)!;
            for (var i = 0; i < 20; i++)
                await read.TimeAsync(() => store.GetReportRowsAsync(FloorTemplate, dibao.Template.Version, options.Month.Key, Province, OrgLevel.County));
            lines.Add($"| read the province's county rows of {FloorTemplate} across both shards (20 reads) | median {Fmt.Ms(read.Median)}, p95 {Fmt.Ms(read.P95)} | | |");
            Console.WriteLine(lines[^1]);

            // Live: a household's 低保 toggled in a village of each shard in turn; that shard's materializer derives the village
            // and rolls it up through township, county, city and province.
            var feeds = ShardedFormHubStore.FeedsOf(store);
            foreach (var feed in feeds) await feed.SetCursorAsync(LiveReportMaterializer.CursorName, await feed.GetFeedEndAsync());
            var materializers = feeds.Select(f => new LiveReportMaterializer(f, deriver)).ToList();
            var fresh = new Samples();
            var provinceHh = await HouseholdsInDibaoAsync(deriver, dibao.Template.Version, options.Month.Key, Province);
            var saves = Math.Max(10, options.LiveSaves);
            for (var i = 0; i < saves + 4; i++)
            {
                var shard = i % 2;
                var county = counties[shard * 2 + i / 2 % 2];
                var village = county.Villages[i * 13 % county.Villages.Count];
                var hh = households[village].Where(h => h.Persons.Count >= 2).Skip(i % 5).First();
                var becomes = hh.DibaoStatus == "在保" ? "未纳入" : "在保";
                provinceHh += becomes == "在保" ? 1 : -1;
                var clock = Stopwatch.StartNew();
                var session = store.OpenSession("bench-cadre", ChangeSource.Form);
                session.Change(hh.Id, hh.Version, new Dictionary<string, object?>
                {
                    ["dibao_status"] = becomes, ["dibao_persons"] = becomes == "在保" ? (long)hh.Persons.Count : 0L,
                }, options.Month.Start);
                var result = await session.SaveChangesAsync();
                hh.Version = result.Versions[hh.Id];
                hh.DibaoStatus = becomes;
                while (await HouseholdsInDibaoAsync(deriver, dibao.Template.Version, options.Month.Key, Province) != provinceHh)
                {
                    if (clock.Elapsed > TimeSpan.FromSeconds(30)) throw new InvalidOperationException($"province row not fresh after 30 s (save {i})");
                    await materializers[shard].ProcessPendingAsync();
                }
                if (i >= 4) fresh.Add(clock.Elapsed.TotalMilliseconds);
            }
            lines.Add($"| save (one household) → its shard's materializer pass → province row fresh, {saves} saves alternating shards | " +
                      $"median {Fmt.Ms(fresh.Median)}, p95 {Fmt.Ms(fresh.P95)}, max {Fmt.Ms(fresh.Max)} | | |");
            Console.WriteLine(lines[^1]);

            foreach (var (name, shard) in ((ShardedFormHubStore)store).Shards)
            {
                var c = await shard.CountAsync();
                lines.Add($"| shard {name}: {Fmt.Count(c.Entities)} records, {Fmt.Count(c.Events)} events, database {await SizeAsync(name == "a" ? options.PostgresConnectionString : options.PostgresConnectionString2, schema)} | | | |");
            }
        }
        Console.WriteLine();
        Console.WriteLine("| step | wall | CPU (this process) | |");
        Console.WriteLine("|---|---|---|---|");
        foreach (var line in lines) Console.WriteLine(line);
        Console.WriteLine($"load average at the end: {EngineBench.LoadAverage()}");
        if (!options.Keep)
            foreach (var cs in new[] { options.PostgresConnectionString, options.PostgresConnectionString2 })
            {
                await using var c = new NpgsqlConnection(cs);
                await c.OpenAsync();
                await using var drop = new NpgsqlCommand($"DROP SCHEMA IF EXISTS \"{schema}\" CASCADE", c);
                await drop.ExecuteNonQueryAsync();
            }
        Directory.Delete(root, recursive: true);
        return 0;
    }

    private static async Task<decimal> HouseholdsInDibaoAsync(ReportDeriver deriver, int version, string month, string unit) =>
        (await deriver.GetRowAsync(FloorTemplate, version, month, unit))?["hh"] as decimal? ?? throw new InvalidOperationException($"no {FloorTemplate} row for {unit}");

    private static async Task<(TimeSpan Wall, TimeSpan Cpu)> TimedAsync(Func<Task> work)
    {
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        await work();
        process.Refresh();
        return (wall.Elapsed, process.TotalProcessorTime - cpu);
    }

    private static async Task<string> SizeAsync(string connection, string schema)
    {
        await using var c = new NpgsqlConnection(connection);
        await c.OpenAsync();
        await using var size = new NpgsqlCommand(
            "SELECT COALESCE(SUM(pg_total_relation_size(format('%I.%I', schemaname, tablename))), 0)::bigint FROM pg_tables WHERE schemaname = @s", c);
        size.Parameters.AddWithValue("s", schema);
        return Fmt.Bytes((long)(await size.ExecuteScalarAsync())!);
    }
}
