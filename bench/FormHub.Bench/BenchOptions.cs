using System.Globalization;
using FormHub.Storage;

namespace FormHub.Bench;

internal sealed record BenchOptions
{
    public IReadOnlyList<string> Engines { get; init; } = ["sqlite", "postgres"];
    public int Villages { get; init; } = 300;
    public int HouseholdsPerVillage { get; init; } = 333;
    public int PersonsPerHousehold { get; init; } = 3;
    public string? PostgresConnectionString { get; init; } = Environment.GetEnvironmentVariable(StorageOptions.PostgresVariable) is { Length: > 0 } cs ? cs : null;
    /// <summary>Villages saved concurrently during the load (each village is one session).</summary>
    public int LoadParallelism { get; init; } = 1;
    public int Reads { get; init; } = 50;
    public int Saves { get; init; } = 200;
    public string? CatalogDirectory { get; init; }
    public bool Keep { get; init; }
    public bool Profile { get; init; }
    public bool Help { get; init; }

    public const string Usage = """
        usage: FormHub.Bench [options]
          --engine sqlite|postgres|both     engines to measure (default both; postgres needs a connection string)
          --villages N                      villages in the county (default 300; 10 townships)
          --households-per-village H        default 333
          --persons-per-household P         mean household size (default 3; sizes cycle P-1, P+1, P)
          --postgres CONNSTRING             PostgreSQL server (default: env FORMHUB_POSTGRES); a fresh schema bench_* is dropped at the end
          --load-parallel N                 villages loaded concurrently, one session each (default 1)
          --reads N                         timed reads per read measure (default 50)
          --saves N                         timed household saves (default 200)
          --catalog DIR                     field catalog (default form-templates/catalog of this repository)
          --profile                         after the measures, split where their time goes (raw SQL vs parsing, insert strategies)
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
                "--villages" => o with { Villages = Int() },
                "--households-per-village" => o with { HouseholdsPerVillage = Int() },
                "--persons-per-household" => o with { PersonsPerHousehold = Int() },
                "--postgres" => o with { PostgresConnectionString = Value() },
                "--load-parallel" => o with { LoadParallelism = Int() },
                "--reads" => o with { Reads = Int() },
                "--saves" => o with { Saves = Int() },
                "--catalog" => o with { CatalogDirectory = Value() },
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
