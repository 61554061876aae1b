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
    public int Villages { get; init; } = 300;
    public int HouseholdsPerVillage { get; init; } = 333;
    public int PersonsPerHousehold { get; init; } = 3;
    public string? PostgresConnectionString { get; init; } = Environment.GetEnvironmentVariable(StorageOptions.PostgresVariable) is { Length: > 0 } cs ? cs : null;
    /// <summary>Villages saved concurrently during the load (each village is one session).</summary>
    public int LoadParallelism { get; init; } = 1;
    public int Reads { get; init; } = 50;
    public int Saves { get; init; } = 200;
    public string? CatalogDirectory { get; init; }
    public string? TemplatesDirectory { get; init; }
    /// <summary>The month the templates are derived for (each template takes its own month, quarter or year containing it); default the current month in China.</summary>
    public Period Month { get; init; } = Period.Containing(DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)), PeriodType.Monthly);
    /// <summary>Timed saves for the live-freshness measure (save → LiveReportMaterializer.ProcessPendingAsync done).</summary>
    public int LiveSaves { get; init; } = 30;
    /// <summary>Timed calls for the one-template-one-village measures (PreviewAsync, Evaluate).</summary>
    public int Previews { get; init; } = 200;
    public bool Keep { get; init; }
    public bool Profile { get; init; }
    public bool Help { get; init; }

    public const string Usage = """
        usage: FormHub.Bench [options]
          --engine sqlite|postgres|both     engines to measure (default both; postgres needs a connection string)
          --suite storage|templates|all     storage = the store's targets (issue 2); templates = derivation, live
                                            materialization, preview and the SQL floor (issue 3); default all
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
          --profile                         after the measures, split where their time goes (storage: raw SQL vs parsing,
                                            insert strategies; templates: a sequential replay of the rebuild and of one
                                            live refresh with Stopwatch splits)
          --keep                            keep the SQLite directory / PostgreSQL schema for inspection
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
                    "storage" => o with { Storage = true, Templates = false },
                    "templates" => o with { Storage = false, Templates = true },
                    "all" => o with { Storage = true, Templates = true },
                    var s => throw new ArgumentException($"unknown suite '{s}' (storage, templates or all)"),
                },
                "--villages" => o with { Villages = Int() },
                "--households-per-village" => o with { HouseholdsPerVillage = Int() },
                "--persons-per-household" => o with { PersonsPerHousehold = Int() },
                "--postgres" => o with { PostgresConnectionString = Value() },
                "--load-parallel" => o with { LoadParallelism = Int() },
                "--reads" => o with { Reads = Int() },
                "--saves" => o with { Saves = Int() },
                "--catalog" => o with { CatalogDirectory = Value() },
                "--templates" => o with { TemplatesDirectory = Value() },
                "--period" => Period.TryParse(Value(), out var month, out _) && month.Type == PeriodType.Monthly
                    ? o with { Month = month } : throw new ArgumentException("--period needs a month such as 2026-11"),
                "--live-saves" => o with { LiveSaves = Int() },
                "--previews" => o with { Previews = Int() },
                "--keep" => o with { Keep = true },
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
