using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using FormHub.Core.Catalog;
using FormHub.Storage;
using FormHub.Storage.Accounts;
using FormHub.Storage.Model;

namespace FormHub.Bench;

/// <summary>
/// Issue 16's machine-API target: "Bulk API: 10,000 periodic values in one request &lt; 5 s". Per engine: loads a county of
/// <see cref="MachineVillages"/> villages through the store, saves a 民政 API client, starts the real server and sends
/// 10,000 values of 本月其他补贴 (person.subsidy_amount) for one month in one <c>POST /api/machine/v1/dataValueSets</c>,
/// records found by 公民身份号码 (idScheme=idNumber, as a department's system knows them): a dry run, the write, the same
/// payload again (nothing changes), and every value changed. Each request's wall time, the server's and PostgreSQL's CPU
/// seconds, and the server's peak resident memory (VmHWM) are reported.
/// </summary>
internal sealed partial class WebBench
{
    private const int MachineVillages = 12;
    private const int MachineHouseholdsPerVillage = 300;
    private const int MachineValues = 10_000;
    private const string MachineField = "person.subsidy_amount";

    public static async Task<int> RunMachineAllAsync(BenchOptions options, FieldCatalog catalog, string catalogDir)
    {
        var formTemplates = Path.GetDirectoryName(Path.GetFullPath(catalogDir))!;
        if (ServerOrNull(options) is not { } serverDll) return 2;
        Console.WriteLine($"FormHub machine-API benchmark (issue 16): {MachineValues:N0} values of {MachineField} for {options.Month.Key} in one request");
        Console.WriteLine($"server: {serverDll}");
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}; load average at the start: {LoadAverage()}");
        var met = true;
        var tables = new List<string>();
        foreach (var engine in EnginesToRun(options))
        {
            var (table, ok) = await new WebBench(engine, options, catalog, formTemplates, serverDll).RunMachineAsync();
            tables.Add(table);
            met &= ok;
        }
        Console.WriteLine();
        foreach (var table in tables) Console.WriteLine(table);
        return met && tables.Count > 0 ? 0 : 1;
    }

    private async Task<(string Table, bool Met)> RunMachineAsync()
    {
        var root = Path.Combine(Path.GetTempPath(), "fh-machine-" + Guid.NewGuid().ToString("N")[..8]);
        var dataDir = Path.Combine(root, "data");
        Directory.CreateDirectory(dataDir);
        var storage = engine == "sqlite"
            ? new StorageOptions { DataDirectory = dataDir }
            : new StorageOptions { PostgresConnectionString = options.PostgresConnectionString, PostgresSchema = Schema, PostgresEngine = PostgresEngineOf(engine) };
        Process? server = null;
        var createdSchema = false;
        try
        {
            if (OnPostgres)
            {
                if (await SchemaExistsAsync()) throw new InvalidOperationException($"schema {Schema} already exists; the machine suite needs an empty database (the server has no schema setting)");
                createdSchema = true;
            }

            var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
            var persons = await LoadMachineCountyAsync(storage, token);
            var port = FreePort();
            var baseUri = new Uri($"http://127.0.0.1:{port}");
            server = StartServer(baseUri, dataDir);
            await WaitHealthyAsync(server, baseUri);
            Console.WriteLine($"  server pid {server.Id} healthy at {baseUri}; load average {LoadAverage()}");

            using var http = new HttpClient { BaseAddress = baseUri, Timeout = TimeSpan.FromMinutes(5) };
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
            var rows = new List<string>();
            var met = true;
            foreach (var (step, dryRun, amount, expect) in new[]
                     {
                         ("dry run (10,000 would be imported)", true, 100m, "imported"),
                         ("write: 10,000 new values", false, 100m, "imported"),
                         ("the same payload again (nothing changes)", false, 100m, "ignored"),
                         ("every value changed", false, 150m, "updated"),
                     })
            {
                var body = Payload(persons, amount);
                var before = CpuSnapshot.Take(server.Id);
                var watch = Stopwatch.StartNew();
                using var answer = await http.PostAsync($"/api/machine/v1/dataValueSets?idScheme=idNumber&dryRun={(dryRun ? "true" : "false")}",
                    new ByteArrayContent(body) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } });
                var text = await answer.Content.ReadAsStringAsync();
                watch.Stop();
                var after = CpuSnapshot.Take(server.Id);
                if (!answer.IsSuccessStatusCode) throw new InvalidOperationException($"{step}: {(int)answer.StatusCode} {text[..Math.Min(600, text.Length)]}");
                using var summary = JsonDocument.Parse(text);
                var count = summary.RootElement.GetProperty(expect).GetInt32();
                var ok = count == MachineValues && (dryRun || watch.Elapsed < TimeSpan.FromSeconds(5));
                met &= ok;
                rows.Add($"| {engine} | {step} | {Fmt.Duration(watch.Elapsed)} | {after.Server - before.Server:F1} s | " +
                         $"{(OnPostgres ? $"{CpuSnapshot.PostgresDelta(before, after):F1} s" : "–")} | {expect} {count:N0} | {body.Length / 1024.0 / 1024:F1} MB | {(ok ? "yes" : "**no**")} |");
                Console.WriteLine("  " + rows[^1]);
            }

            var peak = PeakResidentMegabytes(server.Id);
            var table = new StringBuilder()
                .AppendLine($"{engine}: {persons.Count:N0} persons of {MachineVillages} villages; server peak resident memory (VmHWM) {peak} MB; load average at the end {LoadAverage()}")
                .AppendLine()
                .AppendLine("| engine | request | wall | server CPU | PostgreSQL CPU | answer | body | < 5 s |")
                .AppendLine("|---|---|---|---|---|---|---|---|");
            foreach (var row in rows) table.AppendLine(row);
            return (table.ToString(), met);
        }
        finally
        {
            await StopServerAsync(server);
            await RemoveDataAsync(root, createdSchema);
        }
    }

    /// <summary>The county, one session per village, and the 民政 client holding <paramref name="token"/>; returns (village, ID number) of the persons written to.</summary>
    private async Task<List<(string Village, string IdNumber)>> LoadMachineCountyAsync(StorageOptions storage, string token)
    {
        var watch = Stopwatch.StartNew();
        var county = new CountyData(MachineVillages, MachineHouseholdsPerVillage, 3, options.Month.End);
        var persons = new List<(string Village, string IdNumber)>();
        await using var store = await FormHubStoreFactory.OpenAsync(storage, catalog);
        await store.SaveRegionsAsync(county.Regions);
        for (var v = 0; v < county.Villages.Count; v++)
        {
            var village = county.Villages[v];
            var gen = county.ForVillage(v);
            var session = store.OpenSession("bench-loader", ChangeSource.Import);
            for (var h = 0; h < county.HouseholdsPerVillage; h++)
            {
                var size = county.HouseholdSize(h);
                var household = new BenchHousehold { Village = village };
                household.Id = session.Create("household", village, gen.HouseholdFields(household, h, size), CountyData.LoadValidFrom);
                for (var p = 0; p < size; p++)
                {
                    var fields = gen.PersonFields(new BenchPerson(), household.Id, p);
                    session.Create("person", village, fields, CountyData.LoadValidFrom);
                    if (persons.Count < MachineValues) persons.Add((village, (string)fields["id_number"]!));
                }
            }
            await session.SaveChangesAsync();
        }
        if (persons.Count < MachineValues) throw new InvalidOperationException($"only {persons.Count} persons loaded");

        var now = DateTimeOffset.UtcNow;
        await store.SaveApiClientAsync(new ApiClient
        {
            Id = Guid.NewGuid(), Name = "民政支付系统（压测）", Department = "民政", Area = CountyData.CountyCode, Scopes = [ApiScopes.WriteValues],
            TokenHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token))), CreatedBy = "bench", CreatedAt = now,
            ExpiresAt = now.AddDays(1), RequestsPerMinute = 1000,
        });
        var counts = await store.CountAsync();
        Console.WriteLine($"  loaded {counts.Entities:N0} entities in {Fmt.Duration(watch.Elapsed)}");
        return persons;
    }

    private byte[] Payload(List<(string Village, string IdNumber)> persons, decimal amount) =>
        JsonSerializer.SerializeToUtf8Bytes(new
        {
            period = options.Month.Key,
            values = persons.Select((p, i) => new { dataElement = MachineField, orgUnit = p.Village, idNumber = p.IdNumber, value = amount + i % 7 }),
        });

    /// <summary>The process's peak resident set (VmHWM in /proc/PID/status), in MB.</summary>
    private static long PeakResidentMegabytes(int pid)
    {
        var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024;
    }
}
