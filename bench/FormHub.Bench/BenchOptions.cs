using System.Globalization;
using FormHub.Core.Periods;
using FormHub.Storage;

namespace FormHub.Bench;

internal sealed record BenchOptions
{
    public IReadOnlyList<string> Engines { get; init; } = ["sqlite", "postgres"];
    /// <summary>What to measure after the load: the store (issue 2), the templates and derivation (issue 3), or both.</summary>
    public bool Storage { get; init; } = true;
    public bool Templates { get; init; } = true;
    /// <summary>The web suite (issue 5): the real server on loopback under concurrent cadres; runs alone.</summary>
    public bool Web { get; init; }
    /// <summary>Web: simulated cadres, one village and one account each (the demo county gets this many villages).</summary>
    public int Cadres { get; init; } = 200;
    /// <summary>Web: persons per village in the demo county.</summary>
    public int PersonsPerVillage { get; init; } = 150;
    /// <summary>Web: measured seconds, after <see cref="WarmUpSeconds"/> of the same load that is not recorded.</summary>
    public int DurationSeconds { get; init; } = 60;
    public int WarmUpSeconds { get; init; } = 15;
    /// <summary>Web: pause between a cadre's save and its next read (0 = closed loop, every cadre always has a request in flight).</summary>
    public int ThinkMilliseconds { get; init; }
    /// <summary>
    /// Web: closed-loop steps (cadres with no think time, one count per step, increasing) run instead of the single load, to
    /// find the knee: the fewest cadres at which saves/s stops growing. Empty: the single load of <see cref="Cadres"/>.
    /// </summary>
    public IReadOnlyList<int> KneeSteps { get; init; } = [];
    /// <summary>Web: FormHub.Server.dll to run (default: the one built beside the harness).</summary>
    public string? ServerDll { get; init; }
    /// <summary>Web: extra environment variables for the server process (NAME=VALUE), e.g. FormHub__MaterializerPollMilliseconds=600000.</summary>
    public IReadOnlyList<string> ServerEnvironment { get; init; } = [];
    /// <summary>
    /// Web: the live materializer runs in its own process (<c>formhub reports watch</c>, holding the lease from before the
    /// server starts; the server's materializer idle), so its CPU per saved change is read directly (issue 12).
    /// </summary>
    public bool MaterializerProcess { get; init; }
    /// <summary>Web: an admin previews a hostile draft template in a loop during the load (issue 12's sandbox check).</summary>
    public bool HostilePreview { get; init; }
    /// <summary>The PDF suite (issue 6): the county report printed by Chromium, warm; runs alone.</summary>
    public bool Pdf { get; init; }
    /// <summary>PDF: warm exports measured after the one that starts Chromium.</summary>
    public int PdfExports { get; init; } = 10;
    /// <summary>The Excel suite (issue 6): county report and 100,000-row exports built in memory; runs alone.</summary>
    public bool Excel { get; init; }
    /// <summary>The rules suite (issue 18): every record rule over a county already stored in <see cref="RulesData"/>, cold and live; runs alone.</summary>
    public bool Rules { get; init; }
    /// <summary>The machine suite (issue 16): 10,000 periodic values in one dataValueSets request to the real server; runs alone.</summary>
    public bool Machine { get; init; }
    /// <summary>Rules: the data folder of a seeded store (formhub seed / formhub demo).</summary>
    public string RulesData { get; init; } = "data";

    /// <summary>Rules suite: when <see cref="RulesData"/> holds no database yet, load the synthetic county (--villages …) there first.</summary>
    public bool RulesGenerate { get; init; }
    /// <summary>Excel: rows of the large streamed export (30 columns).</summary>
    public int ExcelRows { get; init; } = 100_000;
    /// <summary>Excel: timed runs per county measure, after 3 warm-ups.</summary>
    public int ExcelIterations { get; init; } = 20;
    public int Villages { get; init; } = 300;
    public int HouseholdsPerVillage { get; init; } = 333;
    public int PersonsPerHousehold { get; init; } = 3;
    public string? PostgresConnectionString { get; init; } = Environment.GetEnvironmentVariable(StorageOptions.PostgresVariable) is { Length: > 0 } cs ? cs : null;
    /// <summary>The province suite's second shard (issue 17): another server, or another database.</summary>
    public string? PostgresConnectionString2 { get; init; }
    /// <summary>The province suite (issue 17): four counties on two shards, load, rebuild and province rollup; runs alone.</summary>
    public bool Province { get; init; }
    /// <summary>Villages saved concurrently during the load (each village is one session).</summary>
    public int LoadParallelism { get; init; } = 1;
    /// <summary>Villages the cold rebuild derives at once (ReportDeriver.RebuildParallelism); null keeps its default.</summary>
    public int? RebuildParallelism { get; init; }
    public int Reads { get; init; } = 50;
    public int Saves { get; init; } = 200;
    public string? CatalogDirectory { get; init; }
    public string? TemplatesDirectory { get; init; }
    /// <summary>The month the templates are derived for (each template takes its own month, quarter or year containing it); default the current month in China.</summary>
    public Period Month { get; init; } = Period.Containing(DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)), PeriodType.Monthly);
    /// <summary>Timed saves for the live-freshness measure (save → LiveReportMaterializer.ProcessPendingAsync done).</summary>
    public int LiveSaves { get; init; } = 30;
    /// <summary>Rules suite: live passes per side of the kept-villages A/B (the materializer with the shipped templates and rules; 0 skips it).</summary>
    public int KeptPasses { get; init; }
    /// <summary>Timed calls for the one-template-one-village measures (PreviewAsync, Evaluate).</summary>
    public int Previews { get; init; } = 200;
    /// <summary>Templates suite: the measures to run (rebuild, rows, floor, live, preview, draft, evaluate); empty = all.</summary>
    public IReadOnlySet<string> Only { get; init; } = new HashSet<string>();
    /// <summary>Templates suite: whether a measure runs (all of them unless --only names some).</summary>
    public bool Runs(string part) => Only.Count == 0 || Only.Contains(part);
    public bool Keep { get; init; }
    public bool Profile { get; init; }
    public bool Help { get; init; }

    public const string Usage = """
        usage: FormHub.Bench [options]
          --engine sqlite|postgres|both
                                            engines to measure (default both = sqlite and postgres; postgres is the
                                            Marten engine on PostgreSQL and needs a connection string)
          --suite storage|templates|all|web storage = the store's targets (issue 2); templates = derivation, live
                                            materialization, preview and the SQL floor (issue 3); default all
                                            (storage and templates); web = the server on loopback under concurrent
                                            cadres (issue 5), runs alone with its own demo county
          --villages N                      villages in the county (default 300; 10 townships)
          --households-per-village H        default 333
          --persons-per-household P         mean household size (default 3; sizes cycle P-1, P+1, P)
          --postgres CONNSTRING             PostgreSQL server (default: env FORMHUB_POSTGRES); a fresh schema bench_* is dropped at the end
          --load-parallel N                 villages loaded concurrently, one session each (default 1)
          --reads N                         timed reads per read measure (default 50)
          --saves N                         timed household saves (default 200)
          --catalog DIR                     field catalog (default form-templates/catalog of this repository)
          --templates DIR                   report templates (default form-templates/templates of this repository)
          --period YYYY-MM                  month to derive (default the current month, China time); quarterly and
                                            yearly templates take the quarter and year containing it
          --live-saves N                    timed saves for the live-freshness measure (default 30)
          --previews N                      timed calls per one-template-one-village measure (default 200)
          --rebuild-parallel N              templates suite: villages the cold rebuild derives at once (default 1 per core)
          --only A,B                        templates suite: only these measures (rebuild, rows, floor, live, preview,
                                            draft, evaluate); default all. draft = the editor's draft preview
          --profile                         after the measures, split where their time goes (storage: raw SQL vs parsing,
                                            insert strategies; templates: a sequential replay of the rebuild and of one
                                            live refresh with Stopwatch splits)
          web suite:
          --cadres N                        concurrent cadres = villages of the demo county (default 200)
          --persons-per-village N           default 150
          --duration S                      measured seconds (default 60), after --warmup S unrecorded (default 15)
          --think-ms N                      pause between a cadre's save and its next read (default 0: closed loop)
          --knee N,N,…                      closed-loop steps of N cadres each (think time 0, warm-up and duration per step)
                                            instead of the single load: saves/s per step and the knee (needs --cadres ≥ the largest N)
          --server DLL                      FormHub.Server.dll (default: built beside the harness)
          --server-env NAME=VALUE           extra environment variable for the server (repeatable)
          --materializer-process            the live materializer in its own process (formhub reports watch, built beside
                                            the harness, polling every 300 ms like the server), started before the server,
                                            whose own materializer stays idle: its CPU per saved change read directly
          --hostile-preview                 an admin previews a hostile draft (endless loop, recursion, memory bombs)
                                            in a loop during the load; reports whether each was stopped and the save p99
          --keep                            keep the SQLite directory / PostgreSQL schema for inspection
          pdf suite (--suite pdf, issue 6: the county report of --villages villages to PDF, Chromium warm; runs alone):
          --pdf-exports N                   warm exports measured after the first (default 10)
          rules suite (--suite rules --rules-data DIR, issue 18: every record rule over the county seeded in DIR, cold, then
            --live-saves household saves each until its findings are stored; runs alone)
          --rules-generate                  rules suite: when DIR holds no database, load the synthetic county of --villages,
                                            --households-per-village, --persons-per-household there first (SQLite; kept)
          machine suite (--suite machine, issue 16: 10,000 periodic values in one dataValueSets request to the real server,
            by ID number; dry run, write, the same again, all changed; --engine sqlite|postgres|both; runs alone)
          province suite (--suite province --postgres CS --postgres2 CS2, issue 17: 4 counties of --villages villages on two
            shards, 2 counties each: parallel load (--load-parallel), cold rebuild of the province, save → province row fresh)
          excel suite (--suite excel, issue 6: a 300-village county report to xlsx, generated and filled into a shipped
          layout, and a large export streamed to disk; runs alone, needs no store):
          --excel-rows N                    village rows of the large export, 30 columns (default 100000)
          --excel-iterations N              timed runs per county measure after 3 warm-ups (default 20)
        """;

    public static BenchOptions Parse(string[] args)
    {
        var o = new BenchOptions();
        for (var i = 0; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            int Int() => int.TryParse(Value(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
                ? n : throw new ArgumentException($"{args[i - 1]} needs a positive whole number");
            o = args[i] switch
            {
                "--engine" => o with
                {
                    Engines = Value() switch
                    {
                        "sqlite" => ["sqlite"],
                        "postgres" => ["postgres"],
                        "both" => ["sqlite", "postgres"],
                        var e => throw new ArgumentException($"unknown engine '{e}' (sqlite, postgres or both)"),
                    },
                },
                "--suite" => Value() switch
                {
                    "storage" => o with { Storage = true, Templates = false, Web = false },
                    "templates" => o with { Storage = false, Templates = true, Web = false },
                    "all" => o with { Storage = true, Templates = true, Web = false },
                    "web" => o with { Storage = false, Templates = false, Web = true },
                    "pdf" => o with { Storage = false, Templates = false, Web = false, Pdf = true },
                    "excel" => o with { Storage = false, Templates = false, Web = false, Excel = true },
                    "rules" => o with { Storage = false, Templates = false, Web = false, Rules = true },
                    "machine" => o with { Storage = false, Templates = false, Web = false, Machine = true },
                    "province" => o with { Storage = false, Templates = false, Web = false, Province = true },
                    var s => throw new ArgumentException($"unknown suite '{s}' (storage, templates, all or web)"),
                },
                "--villages" => o with { Villages = Int() },
                "--households-per-village" => o with { HouseholdsPerVillage = Int() },
                "--persons-per-household" => o with { PersonsPerHousehold = Int() },
                "--postgres" => o with { PostgresConnectionString = Value() },
                "--postgres2" => o with { PostgresConnectionString2 = Value() },
                "--load-parallel" => o with { LoadParallelism = Int() },
                "--reads" => o with { Reads = Int() },
                "--saves" => o with { Saves = Int() },
                "--catalog" => o with { CatalogDirectory = Value() },
                "--templates" => o with { TemplatesDirectory = Value() },
                "--period" => Period.TryParse(Value(), out var month, out _) && month.Type == PeriodType.Monthly
                    ? o with { Month = month } : throw new ArgumentException("--period needs a month such as 2026-11"),
                "--live-saves" => o with { LiveSaves = Int() },
                "--kept-passes" => o with { KeptPasses = Int() },
                "--previews" => o with { Previews = Int() },
                "--rebuild-parallel" => o with { RebuildParallelism = Int() },
                "--only" => o with { Only = Value().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet() },
                "--cadres" => o with { Cadres = Int() },
                "--persons-per-village" => o with { PersonsPerVillage = Int() },
                "--duration" => o with { DurationSeconds = Int() },
                "--warmup" => o with { WarmUpSeconds = int.TryParse(Value(), NumberStyles.None, CultureInfo.InvariantCulture, out var w)
                    ? w : throw new ArgumentException("--warmup needs a whole number of seconds") },
                "--think-ms" => o with { ThinkMilliseconds = int.TryParse(Value(), NumberStyles.None, CultureInfo.InvariantCulture, out var t)
                    ? t : throw new ArgumentException("--think-ms needs a whole number of milliseconds") },
                "--server" => o with { ServerDll = Value() },
                "--server-env" => Value() is var kv && kv.IndexOf('=') > 0
                    ? o with { ServerEnvironment = [.. o.ServerEnvironment, kv] } : throw new ArgumentException("--server-env needs NAME=VALUE"),
                "--pdf-exports" => o with { PdfExports = Int() },
                "--excel-rows" => o with { ExcelRows = Int() },
                "--excel-iterations" => o with { ExcelIterations = Int() },
                "--keep" => o with { Keep = true },
                "--hostile-preview" => o with { HostilePreview = true },
                "--materializer-process" => o with { MaterializerProcess = true },
                "--knee" => o with { KneeSteps = Value().Split(',').Select(v => int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
                    ? n : throw new ArgumentException("--knee needs cadre counts separated by commas, e.g. 25,50,100,200")).Order().ToList() },
                "--rules-data" => o with { RulesData = Value() },
                "--rules-generate" => o with { RulesGenerate = true },
                "--profile" => o with { Profile = true },
                "-h" or "--help" => o with { Help = true },
                var a => throw new ArgumentException($"unknown option '{a}'"),
            };
        }
        return o;
    }

    public static string FindRepositoryRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "FormHub.sln"))) return dir.FullName;
            }
        }
        throw new InvalidOperationException("FormHub.sln not found above the current directory; pass --catalog DIR");
    }
}
