using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using FormHub.Core.Catalog;
using FormHub.Core.OrgUnits;
using FormHub.Demo;
using FormHub.Reports;
using FormHub.Storage;
using FormHub.Storage.Accounts;
using Npgsql;

namespace FormHub.Bench;

/// <summary>
/// Issue 5's performance target: "200 concurrent cadres saving forms on loopback: p99 under 200 ms and no errors, on
/// SQLite and on PostgreSQL". Per engine:
/// <list type="number">
/// <item>seeds the demo county (<see cref="DemoCountySeeder"/>, the same seeder the server's first start uses) with one
/// village per cadre, and saves one cadre account per village (one PBKDF2 hash, reused);</item>
/// <item>starts the real server (<c>dotnet FormHub.Server.dll --urls http://127.0.0.1:PORT</c>) as a child process and
/// waits for <c>/healthz</c>;</item>
/// <item>signs every cadre in at once (antiforgery token, login), each with its own HttpClient and cookie jar;</item>
/// <item>runs every cadre in a loop: read one page of its village's person roster, then save one person from it (one
/// or two fields and this month's value of a periodic field) with the version just read. The first
/// <see cref="BenchOptions.WarmUpSeconds"/> are not recorded; then <see cref="BenchOptions.DurationSeconds"/> are;</item>
/// <item>after the load: how far the live report materializer lags and how long it takes to catch up, and the villages'
/// event chains verified.</item>
/// </list>
/// Any answer other than 2xx is an error (a 409 too: each cadre owns its village, so no conflict is legitimate).
/// </summary>
internal sealed partial class WebBench(string engine, BenchOptions options, FieldCatalog catalog, string formTemplates, string serverDll)
{
    public const string Password = "Bench-cadre-2026";
    /// <summary>The server has no schema setting: it always uses the store's default schema.</summary>
    private static readonly string Schema = new StorageOptions().PostgresSchema;
    private const int PageSize = 20;
    private static readonly TimeSpan Bucket = TimeSpan.FromSeconds(10);
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly List<string> _notes = [];
    private readonly ConcurrentDictionary<string, int> _statuses = new();
    private readonly ConcurrentQueue<string> _failures = new();
    private readonly List<string> _serverProblems = [];
    private int _serverWarnings, _serverErrors;

    /// <summary>The server's console output, kept after the run.</summary>
    private string? ServerLog { get; set; }
    private StreamWriter? _serverLogWriter;

    /// <summary>With --materializer-process: <c>formhub reports watch</c> doing the server's materializing, its CPU read on its own.</summary>
    private MaterializerProcess? _materializer;

    public static async Task<int> RunAllAsync(BenchOptions options, FieldCatalog catalog, string catalogDir)
    {
        var formTemplates = Path.GetDirectoryName(Path.GetFullPath(catalogDir))!;
        if (ServerOrNull(options) is not { } serverDll) return 2;
        Console.WriteLine($"FormHub web benchmark (issue 5): {options.Cadres} concurrent cadres, one village each, " +
                          $"{options.PersonsPerVillage} persons per village; warm-up {options.WarmUpSeconds} s, measured {options.DurationSeconds} s, " +
                          $"think time {options.ThinkMilliseconds} ms");
        Console.WriteLine($"server: {serverDll}");
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}; " +
                          "the load generator, the server (and PostgreSQL) share these cores");
        var results = new List<WebResult>();
        foreach (var engine in EnginesToRun(options))
        {
            results.Add(await new WebBench(engine, options, catalog, formTemplates, serverDll).RunAsync());
        }
        Console.WriteLine();
        Console.WriteLine(Markdown(results, options));
        return results.Count > 0 && results.All(r => r.Met) ? 0 : 1;
    }

    /// <summary>The server to run, or null (said on stderr) when it is not found.</summary>
    private static string? ServerOrNull(BenchOptions options)
    {
        try
        {
            return FindServer(options);
        }
        catch (FileNotFoundException e)
        {
            Console.Error.WriteLine(e.Message);
            return null;
        }
    }

    /// <summary>PostgreSQL (the Marten engine) rather than SQLite.</summary>
    private bool OnPostgres => engine != "sqlite";

    /// <summary>The engines asked for, PostgreSQL left out (said on stderr) without a connection string; each announced.</summary>
    private static IEnumerable<string> EnginesToRun(BenchOptions options)
    {
        foreach (var engine in options.Engines)
        {
            if (engine == "postgres" && options.PostgresConnectionString is null)
            {
                Console.Error.WriteLine($"{engine}: no connection string (--postgres or FORMHUB_POSTGRES); skipped");
                continue;
            }
            Console.WriteLine();
            Console.WriteLine($"=== {engine} ===");
            yield return engine;
        }
    }

    private static string FindServer(BenchOptions options)
    {
        if (options.ServerDll is { } given)
        {
            return File.Exists(given) ? Path.GetFullPath(given) : throw new FileNotFoundException($"--server: {given} not found");
        }
        // With --artifacts-path: bin/FormHub.Bench/<config>/ → bin/FormHub.Server/<config>/. Classic layout: bench/FormHub.Bench/bin/<Config>/net10.0/.
        var here = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var candidates = new List<string>();
        if (here.Parent?.Parent is { } bin) candidates.Add(Path.Combine(bin.FullName, "FormHub.Server", here.Name, "FormHub.Server.dll"));
        if (here.Parent is { } config && config.Parent?.Parent is { } project && project.Parent?.Parent is { } root)
            candidates.Add(Path.Combine(root.FullName, "src", "FormHub.Server", "bin", config.Name, here.Name, "FormHub.Server.dll"));
        return candidates.FirstOrDefault(File.Exists)
               ?? throw new FileNotFoundException("FormHub.Server.dll not found (looked in " + string.Join(", ", candidates) + "); pass --server DLL");
    }

    private async Task<WebResult> RunAsync()
    {
        var root = Path.Combine(Path.GetTempPath(), "fh-web-" + Guid.NewGuid().ToString("N")[..8]);
        var dataDir = Path.Combine(root, "data");
        Directory.CreateDirectory(dataDir);
        var storage = engine == "sqlite"
            ? new StorageOptions { DataDirectory = dataDir }
            : new StorageOptions { PostgresConnectionString = options.PostgresConnectionString, PostgresSchema = Schema };
        var description = engine == "sqlite" ? $"SQLite in {dataDir}" : $"PostgreSQL {await PostgresVersionAsync()} schema {Schema}";
        Console.WriteLine(description);
        var createdSchema = false;
        Process? server = null;
        try
        {
            if (OnPostgres)
            {
                if (await SchemaExistsAsync())
                {
                    await using var existing = await FormHubStoreFactory.OpenAsync(storage, catalog);
                    if ((await existing.CountAsync()).Entities > 0)
                        throw new InvalidOperationException($"schema {Schema} already holds data; the web suite needs an empty database (the server has no schema setting)");
                }
                createdSchema = true;
            }
            _notes.Add("load average at the start: " + LoadAverage());
            var (villages, seedInfo) = await SeedAsync(storage);
            _notes.Add(seedInfo);
            _storage = storage;
            if (OnPostgres) await AnalyzeAsync();

            if (options.MaterializerProcess) await StartMaterializerProcessAsync(dataDir);

            var port = FreePort();
            var baseUri = new Uri($"http://127.0.0.1:{port}");
            var startWatch = Stopwatch.StartNew();
            server = StartServer(baseUri, dataDir);
            await WaitHealthyAsync(server, baseUri);
            Console.WriteLine($"  server pid {server.Id} healthy at {baseUri} after {startWatch.Elapsed.TotalSeconds:F1} s");

            var cadres = villages.Select((v, i) => new Cadre(i, UserName(i), v.Code.Value, baseUri)).ToList();
            var logins = await SignInAllAsync(cadres);
            if (cadres.Where(c => c.Period is null).ToList() is { Count: > 0 } failed)
            {
                // Counted as errors above; one more try each so that the load still has every cadre.
                Console.WriteLine($"  {failed.Count} sign-ins failed; trying those again");
                await SignInAllAsync(failed, retry: true);
                if (cadres.Count(c => c.Period is null) is > 0 and var left)
                {
                    _notes.Add($"{left} cadres could not sign in at the second try either and took no part in the load");
                    cadres.RemoveAll(c => c.Period is null);
                }
            }

            var admin = options.HostilePreview ? await SignInAdminAsync(baseUri, cadres[0].Village) : null;
            if (options.HostilePreview && admin is null) _notes.Add("the admin of --hostile-preview could not sign in: no hostile previews ran");
            var result = options.KneeSteps.Count > 0 ? await RunKneeAsync(cadres, server.Id) : await RunLoadAsync(cadres, server.Id, admin);
            admin?.Http.Dispose();
            result.Logins = logins;
            result.Engine = engine;
            result.Description = description;
            result.Notes = _notes;
            result.Statuses = new Dictionary<string, int>(_statuses);
            result.Failures = _failures.Take(10).ToList();

            await AfterLoadAsync(storage, villages, result);
            foreach (var c in cadres) c.Http.Dispose();
            lock (_serverProblems)
            {
                result.ServerWarnings = _serverWarnings;
                result.ServerErrors = _serverErrors;
                result.ServerProblems = _serverProblems.Take(10).ToList();
                result.ServerLogPath = ServerLog;
            }
            return result;
        }
        finally
        {
            await StopServerAsync(server);
            if (_materializer is not null)
            {
                Console.WriteLine($"  materializer process log: {_materializer.LogPath}");
                await _materializer.DisposeAsync();
                _materializer = null;
            }
            if (ServerLog is not null)
            {
                Console.WriteLine($"  server log: {ServerLog}");
                lock (_serverProblems)
                {
                    foreach (var line in _serverProblems.Take(5)) Console.WriteLine("    " + line);
                }
            }
            if (options.Keep)
            {
                Console.WriteLine($"kept: {root}" + (OnPostgres ? $" and schema {Schema}" : ""));
            }
            else
            {
                await RemoveDataAsync(root, createdSchema);
            }
        }
    }

    /// <summary>Stops the server process (and its children) and closes its log.</summary>
    private async Task StopServerAsync(Process? server)
    {
        if (server is { HasExited: false })
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();
        }
        lock (_serverProblems)
        {
            _serverLogWriter?.Dispose();
            _serverLogWriter = null;
        }
    }

    /// <summary>Deletes the run's data folder and, when the run created it, the PostgreSQL schema.</summary>
    private async Task RemoveDataAsync(string root, bool createdSchema)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
        if (!createdSchema) return;
        await using var connection = new NpgsqlConnection(options.PostgresConnectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP SCHEMA IF EXISTS \"{Schema}\" CASCADE", connection);
        await drop.ExecuteNonQueryAsync();
    }

    private static string UserName(int i) => $"bench-cadre-{i + 1:D3}";

    /// <summary>The demo county with one village per cadre, seeded as the server's first start would, plus the cadre accounts.</summary>
    private async Task<(IReadOnlyList<OrgUnit> Villages, string Info)> SeedAsync(StorageOptions storage)
    {
        var watch = Stopwatch.StartNew();
        var library = TemplateLibrary.LoadDirectory(Path.Combine(formTemplates, "templates"), catalog);
        var settings = new SeedSettings(options.Cadres, options.PersonsPerVillage);
        var regions = DemoRegions.Build(DemoRegions.ReadShipped(formTemplates), settings.Villages, settings.Seed);
        var clock = new SeedClock();
        var lastStep = "";
        var progress = new Progress<SeedProgress>(p =>
        {
            if (p.Step == lastStep) return;
            lastStep = p.Step;
            Console.WriteLine($"  seeding: {p.Step} ({watch.Elapsed.TotalSeconds:F0} s)");
        });
        SeedReport report;
        await using (var store = await FormHubStoreFactory.OpenAsync(storage, catalog, clock))
        {
            report = await new DemoCountySeeder(store, clock, library, progress).SeedAsync(regions, settings, new DemoCalendar(TimeProvider.System.GetUtcNow()));
        }
        var villages = new RegionTree(regions, DemoRegions.FileName).All.Where(u => u.Level == OrgLevel.Village)
            .OrderBy(u => u.Code.Value, StringComparer.Ordinal).ToList();
        var hash = PasswordHashing.Hash(Password);
        await using (var store = await FormHubStoreFactory.OpenAsync(storage, catalog))
        {
            for (var i = 0; i < villages.Count; i++)
            {
                await store.SaveAccountAsync(new UserAccount
                {
                    UserName = UserName(i), DisplayName = $"{villages[i].Name} 村干部（压测）", Role = AccountRole.Cadre,
                    CaptureScope = villages[i].Code.Value, ViewScope = villages[i].Code.Value, PasswordHash = hash,
                });
            }
            if (options.HostilePreview) await store.SaveAccountAsync(AdminAccount(regions, hash));
            // The seeder's demo accounts keep the README's password; outside demo mode the server refuses to start with
            // them (DemoPasswordGuard), so they are disabled as an operator would (`formhub accounts disable`).
            foreach (var name in DemoAccounts.UserNames)
            {
                if (await store.FindAccountAsync(name) is { Disabled: false } demo) await store.SaveAccountAsync(demo with { Disabled = true });
            }
        }
        var info = $"data: demo county, {report.Villages} villages, {Fmt.Count(report.Population.Households)} households, " +
                   $"{Fmt.Count(report.Population.Persons)} persons present, {Fmt.Count(report.Entities)} entities, {Fmt.Count(report.Events)} events, " +
                   $"{Fmt.Count(report.PeriodicValues)} periodic values, {Fmt.Count(report.ReportRows)} report rows; months {string.Join(", ", report.Months.Select(m => m.Key))} " +
                   $"(earlier ones approved, {report.Months[^1].Key} open); seeded in {Fmt.Duration(watch.Elapsed)}; {villages.Count} cadre accounts";
        Console.WriteLine("  " + info);
        return (villages, info);
    }

    private Process StartServer(Uri baseUri, string dataDir)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            // The content root is the server's output folder, so its appsettings.json (log levels) applies.
            WorkingDirectory = Path.GetDirectoryName(serverDll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(serverDll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(baseUri.ToString().TrimEnd('/'));
        foreach (var name in new[] { "FORMHUB_DATA", "FORMHUB_POSTGRES", "FORMHUB_TEMPLATES", "FORMHUB_SEED_DEMO", "ASPNETCORE_URLS", "ASPNETCORE_ENVIRONMENT" })
            start.Environment.Remove(name);
        start.Environment["FormHub__DataDirectory"] = dataDir;
        start.Environment["FormHub__TemplatesDirectory"] = formTemplates;
        start.Environment["FormHub__SeedDemo"] = "false";
        start.Environment["FormHub__LoginAttemptsPerMinute"] = "100000";
        if (engine != "sqlite")
        {
            start.Environment["FormHub__PostgresConnectionString"] = options.PostgresConnectionString;
        }
        // The server's materializer sleeps (its first pass at start finds the lease held by the watch process).
        if (_materializer is not null) start.Environment["FormHub__MaterializerPollMilliseconds"] = "600000";
        foreach (var pair in options.ServerEnvironment)
        {
            var eq = pair.IndexOf('=');
            start.Environment[pair[..eq]] = pair[(eq + 1)..];
        }
        ServerLog = Path.Combine(Path.GetTempPath(), $"fh-web-server-{engine}-{DateTime.UtcNow:yyyyMMdd-HHmmss}.log");
        var log = _serverLogWriter = new StreamWriter(ServerLog) { AutoFlush = true };
        var process = new Process { StartInfo = start };
        void OnLine(string? line)
        {
            if (line is null) return;
            lock (_serverProblems)
            {
                if (ReferenceEquals(_serverLogWriter, log)) log.WriteLine(line);
                var level = LogLevelPattern().Match(line);
                if (!level.Success) return;
                if (level.Groups[1].Value == "warn") _serverWarnings++;
                else _serverErrors++;
                if (_serverProblems.Count < 20) _serverProblems.Add(line.Length > 300 ? line[..300] + "…" : line);
            }
        }
        process.OutputDataReceived += (_, e) => OnLine(e.Data);
        process.ErrorDataReceived += (_, e) => OnLine(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    [GeneratedRegex(@"\b(warn|fail|crit):")]
    private static partial Regex LogLevelPattern();

    private static async Task WaitHealthyAsync(Process server, Uri baseUri)
    {
        using var http = new HttpClient { BaseAddress = baseUri, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromMinutes(3))
        {
            if (server.HasExited) throw new InvalidOperationException($"the server exited with code {server.ExitCode} before it was healthy (see server.log)");
            try
            {
                using var answer = await http.GetAsync("/healthz");
                if (answer.IsSuccessStatusCode) return;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(250);
        }
        throw new TimeoutException("the server did not answer /healthz within 3 minutes");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>One simulated cadre: its own connection, cookie jar and CSRF token.</summary>
    private sealed class Cadre
    {
        public Cadre(int index, string userName, string village, Uri baseUri)
        {
            Index = index;
            UserName = userName;
            Village = village;
            Http = new HttpClient(new SocketsHttpHandler { CookieContainer = new CookieContainer(), UseCookies = true, AllowAutoRedirect = false })
            {
                BaseAddress = baseUri,
                Timeout = TimeSpan.FromSeconds(60),
            };
        }

        public int Index { get; }
        public string UserName { get; }
        public string Village { get; }
        public HttpClient Http { get; }
        public string? Period { get; set; }
        public int Total { get; set; }
        public int Iterations { get; set; }
        /// <summary>(start in Stopwatch ticks, milliseconds) of each recorded request.</summary>
        public List<(long Start, double Ms)> Reads { get; } = [];
        public List<(long Start, double Ms)> Saves { get; } = [];
        public int ReadErrors { get; set; }
        public int SaveErrors { get; set; }
        public int WarmUpErrors { get; set; }

        /// <summary>Forgets what earlier loads recorded (the knee's steps reuse the signed-in cadres).</summary>
        public void ResetSamples()
        {
            Reads.Clear();
            Saves.Clear();
            ReadErrors = SaveErrors = WarmUpErrors = 0;
        }
    }

    /// <summary>An HTTP answer; <paramref name="RetryAfter"/> is its Retry-After header (a 429), when it has one.</summary>
    private readonly record struct Answer(int Status, string Body, double Ms, TimeSpan? RetryAfter = null)
    {
        public bool Ok => Status is >= 200 and < 300;
    }

    private async Task<Answer> SendAsync(Cadre cadre, HttpMethod method, string url, object? body, string? csrf)
    {
        using var request = new HttpRequestMessage(method, url);
        if (body is not null) request.Content = new StringContent(JsonSerializer.Serialize(body, Json), Encoding.UTF8, "application/json");
        if (csrf is not null) request.Headers.Add("X-CSRF-TOKEN", csrf);
        var start = Stopwatch.GetTimestamp();
        try
        {
            using var answer = await cadre.Http.SendAsync(request);
            var text = await answer.Content.ReadAsStringAsync();
            return new Answer((int)answer.StatusCode, text, Stopwatch.GetElapsedTime(start).TotalMilliseconds, answer.Headers.RetryAfter?.Delta);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
        {
            return new Answer(0, e.GetType().Name + ": " + e.Message, Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }
    }

    private void Fail(string what, Cadre cadre, Answer answer)
    {
        var key = $"{what} {(answer.Status == 0 ? "exception" : answer.Status.ToString(CultureInfo.InvariantCulture))}";
        _statuses.AddOrUpdate(key, 1, (_, n) => n + 1);
        if (_failures.Count < 50)
            _failures.Enqueue($"{what} {cadre.UserName} {cadre.Village}: {answer.Status} {(answer.Body.Length > 300 ? answer.Body[..300] + "…" : answer.Body)}");
    }

    /// <summary>Every cadre signs in at once: antiforgery token, then login (whose answer carries the user-bound token).</summary>
    private async Task<Samples> SignInAllAsync(List<Cadre> cadres, bool retry = false)
    {
        var what = retry ? "login (second try)" : "login";
        var logins = new ConcurrentBag<double>();
        var wall = Stopwatch.StartNew();
        await Task.WhenAll(cadres.Select(async cadre =>
        {
            var token = await SendAsync(cadre, HttpMethod.Get, "/api/session/antiforgery", null, null);
            if (!token.Ok) { Fail(retry ? "antiforgery (second try)" : "antiforgery", cadre, token); return; }
            var csrf = JsonDocument.Parse(token.Body).RootElement.GetProperty("token").GetString();
            var login = await SendAsync(cadre, HttpMethod.Post, "/api/session/login", new { userName = cadre.UserName, password = Password }, csrf);
            logins.Add(login.Ms);
            if (!login.Ok) { Fail(what, cadre, login); return; }
            using var doc = JsonDocument.Parse(login.Body);
            cadre.Http.DefaultRequestHeaders.Add("X-CSRF-TOKEN", doc.RootElement.GetProperty("csrfToken").GetString());
            cadre.Period = doc.RootElement.GetProperty("user").GetProperty("currentPeriod").GetString();
        }));
        var samples = new Samples();
        foreach (var ms in logins) samples.Add(ms);
        Console.WriteLine($"  {cadres.Count} cadres signed in at once in {wall.Elapsed.TotalSeconds:F1} s: login {samples.Describe()}, p99 {samples.Percentile(99):F0} ms, " +
                          $"{cadres.Count(c => c.Period is null)} failed");
        if (retry) return samples;
        _notes.Add($"sign-in of all {cadres.Count} cadres at once (before the measured load; PBKDF2 verification per login): " +
                   $"{Fmt.Duration(wall.Elapsed)} wall, login median {Fmt.Ms(samples.Median)}, p99 {Fmt.Ms(samples.Percentile(99))}, max {Fmt.Ms(samples.Max)}");
        return samples;
    }

    private async Task<WebResult> RunLoadAsync(List<Cadre> cadres, int serverPid, Cadre? hostileAdmin, bool closedLoop = false)
    {
        var t0 = Stopwatch.GetTimestamp();
        var warmEnd = t0 + (long)(options.WarmUpSeconds * (double)Stopwatch.Frequency);
        var end = warmEnd + (long)(options.DurationSeconds * (double)Stopwatch.Frequency);
        Console.WriteLine($"  load: {cadres.Count} cadres, warm-up {options.WarmUpSeconds} s, then {options.DurationSeconds} s measured…");
        CpuSnapshot? before = null;
        Dictionary<int, (string Name, double Cpu)>? threadsBefore = null;
        // CPU of the server, PostgreSQL and the whole machine, once a second through the measured window: a slow second can
        // then be told apart as the server's own (GC, materializer) or other processes taking the cores.
        var perSecond = new List<CpuSnapshot>();
        var sampler = Task.Run(async () =>
        {
            var delay = Stopwatch.GetElapsedTime(t0, warmEnd);
            if (delay > TimeSpan.Zero) await Task.Delay(delay);
            before = CpuSnapshot.Take(serverPid, _materializer?.Id);
            threadsBefore = _materializer?.ThreadCpu();
            perSecond.Add(before.Value);
            for (var sec = 1; sec <= options.DurationSeconds; sec++)
            {
                var due = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), warmEnd + sec * Stopwatch.Frequency);
                if (due > TimeSpan.Zero) await Task.Delay(due);
                perSecond.Add(CpuSnapshot.Take(serverPid, _materializer?.Id));
            }
        });
        var hostile = hostileAdmin is null ? null : Task.Run(() => HostileLoopAsync(hostileAdmin, warmEnd, end));
        var freshness = Task.Run(() => SampleFreshnessAsync(t0, warmEnd, end));
        var thinkMs = closedLoop ? 0 : options.ThinkMilliseconds;
        await Task.WhenAll(cadres.Select(c => Task.Run(() => LoopAsync(c, warmEnd, end, thinkMs))));
        await sampler;
        var hostileResult = hostile is null ? null : await hostile;
        var fresh = await freshness;
        var after = CpuSnapshot.Take(serverPid, _materializer?.Id);
        var threadsAfter = _materializer?.ThreadCpu();
        var window = TimeSpan.FromSeconds(options.DurationSeconds);
        var loadAverage = LoadAverage();

        var result = new WebResult
        {
            Reads = new Samples(), Saves = new Samples(),
            ReadErrors = cadres.Sum(c => c.ReadErrors), SaveErrors = cadres.Sum(c => c.SaveErrors), WarmUpErrors = cadres.Sum(c => c.WarmUpErrors),
            Seconds = options.DurationSeconds, Cadres = cadres.Count,
        };
        foreach (var c in cadres)
        {
            foreach (var (_, ms) in c.Reads) result.Reads.Add(ms);
            foreach (var (_, ms) in c.Saves) result.Saves.Add(ms);
        }
        // Latency over the measured window in 10-second buckets: does it drift (a growing backlog, a checkpoint)?
        var buckets = (int)Math.Ceiling(options.DurationSeconds / Bucket.TotalSeconds);
        for (var b = 0; b < buckets; b++)
        {
            long from = warmEnd + (long)(b * Bucket.TotalSeconds * Stopwatch.Frequency), to = from + (long)(Bucket.TotalSeconds * Stopwatch.Frequency);
            var saves = new Samples();
            var reads = new Samples();
            foreach (var c in cadres)
            {
                foreach (var (s, ms) in c.Saves) if (s >= from && s < to) saves.Add(ms);
                foreach (var (s, ms) in c.Reads) if (s >= from && s < to) reads.Add(ms);
            }
            result.Timeline.Add($"{b * Bucket.TotalSeconds:F0}–{Math.Min((b + 1) * Bucket.TotalSeconds, options.DurationSeconds):F0} s: " +
                                $"{saves.Count} saves p50 {saves.Median:F0} / p99 {saves.Percentile(99):F0} ms, {reads.Count} reads p50 {reads.Median:F0} / p99 {reads.Percentile(99):F0} ms");
        }
        // The worst seconds: when the tail happens, to line it up with the server's GC, the materializer or other processes.
        var worst = Enumerable.Range(0, options.DurationSeconds).Select(sec =>
        {
            long from = warmEnd + sec * Stopwatch.Frequency, to = from + Stopwatch.Frequency;
            var saves = new Samples();
            foreach (var c in cadres) foreach (var (s, ms) in c.Saves) if (s >= from && s < to) saves.Add(ms);
            return (Second: sec, Saves: saves);
        }).Where(x => x.Saves.Count > 0).OrderByDescending(x => x.Saves.Max).Take(5).OrderBy(x => x.Second).ToList();
        string CpuIn(int sec)
        {
            if (sec < 0 || sec + 1 >= perSecond.Count) return "";
            var (a, b) = (perSecond[sec], perSecond[sec + 1]);
            var others = CpuSnapshot.OthersDelta(a, b);
            return $" (server {b.Server - a.Server:F2}" + (_materializer is not null ? $", materializer {b.Materializer - a.Materializer:F2}" : "") +
                   (OnPostgres ? $", PostgreSQL {CpuSnapshot.PostgresDelta(a, b):F2}" : "") + $", other processes {Math.Max(0, others):F2} cores)";
        }
        result.WorstSeconds = "worst seconds for saves (offset in the window: saves started, slowest; CPU in that second): " +
                              string.Join("; ", worst.Select(x => $"{x.Second} s: {x.Saves.Count}, {x.Saves.Max:F0} ms{CpuIn(x.Second)}"));
        if (perSecond.Count > 2)
        {
            var others = Enumerable.Range(0, perSecond.Count - 1).Select(i => CpuSnapshot.OthersDelta(perSecond[i], perSecond[i + 1])).ToList();
            result.WorstSeconds += $"; other processes took ≥ 0.5 cores in {others.Count(o => o >= 0.5)} of {others.Count} seconds";
        }
        if (before is { } b0)
        {
            var seconds = window.TotalSeconds;
            result.Cpu = $"CPU over the measured window (cores of {Environment.ProcessorCount}): server {(after.Server - b0.Server) / seconds:F2}, " +
                         (_materializer is not null ? $"materializer process {(after.Materializer - b0.Materializer) / seconds:F2}, " : "") +
                         $"load generator {(after.Self - b0.Self) / seconds:F2}" +
                         (OnPostgres ? $", PostgreSQL processes {CpuSnapshot.PostgresDelta(b0, after) / seconds:F2}" : "") +
                         $", whole machine busy {(after.MachineBusy - b0.MachineBusy) / seconds:F2} (the rest is other processes); load average at the end {loadAverage}; " +
                         $"server CPU per recorded save {Fmt.Ms(result.ServerCpuMsPerSave = (after.Server - b0.Server) * 1000 / Math.Max(1, result.Saves.Count))} " +
                         (_materializer is not null
                             ? "(the server's materializer idle: it runs in its own process)"
                             : "(with the materializer switched off, the difference is the materializer's cost per saved change)");
            if (_materializer is not null) result.MaterializerProcess = DescribeMaterializerProcess(b0, after, warmEnd, end, result, serverPid,
                MaterializerProcess.ThreadCpuBetween(threadsBefore ?? [], threadsAfter ?? []));
        }
        if (hostileResult is not null) result.Hostile = DescribeHostile(hostileResult, result.Saves);
        result.Freshness = fresh;
        result.Iterations = cadres.Sum(c => c.Iterations);
        Console.WriteLine($"  saves: {result.Saves.Describe()}, p99 {result.Saves.Percentile(99):F1} ms, {result.Saves.Count / (double)options.DurationSeconds:F1}/s, errors {result.SaveErrors}");
        Console.WriteLine($"  reads: {result.Reads.Describe()}, p99 {result.Reads.Percentile(99):F1} ms, {result.Reads.Count / (double)options.DurationSeconds:F1}/s, errors {result.ReadErrors}");
        foreach (var line in result.Timeline) Console.WriteLine("    " + line);
        Console.WriteLine("  " + result.WorstSeconds);
        if (result.Cpu is not null) Console.WriteLine("  " + result.Cpu);
        if (result.MaterializerProcess is not null) Console.WriteLine("  " + result.MaterializerProcess);
        if (result.Freshness is not null) Console.WriteLine("  " + result.Freshness);
        if (result.Hostile is not null) Console.WriteLine("  " + result.Hostile);
        return result;
    }

    /// <summary>One cadre's session: read a roster page, save one person from it, repeat until the end.</summary>
    private async Task LoopAsync(Cadre cadre, long warmEnd, long end, int thinkMs)
    {
        var rng = new Random(20261201 + cadre.Index);
        // Start the cadres spread over the first half second, not in one burst.
        await Task.Delay(rng.Next(0, 500));
        while (Stopwatch.GetTimestamp() < end)
        {
            // A request is recorded when it starts inside the measured window.
            var now = Stopwatch.GetTimestamp();
            var measured = now >= warmEnd && now < end;
            var pages = Math.Max(1, (cadre.Total + PageSize - 1) / PageSize);
            var skip = rng.Next(pages) * PageSize;
            var readStart = Stopwatch.GetTimestamp();
            var read = await SendAsync(cadre, HttpMethod.Get,
                $"/api/villages/{cadre.Village}/entities/person?skip={skip}&take={PageSize}&period={cadre.Period}", null, null);
            if (measured) cadre.Reads.Add((readStart, read.Ms));
            if (!read.Ok)
            {
                if (measured) cadre.ReadErrors++; else cadre.WarmUpErrors++;
                Fail(measured ? "read" : "read (outside the window)", cadre, read);
                await Task.Delay(100);
                continue;
            }
            using var page = JsonDocument.Parse(read.Body);
            cadre.Total = page.RootElement.GetProperty("total").GetInt32();
            var items = page.RootElement.GetProperty("items");
            if (items.GetArrayLength() == 0) continue;
            var person = items[rng.Next(items.GetArrayLength())];
            var fields = person.GetProperty("fields");
            var education = fields.TryGetProperty("education", out var e) && e.ValueKind == JsonValueKind.String ? e.GetString() : null;
            var changed = new Dictionary<string, object> { ["education"] = education == "初中" ? "高中" : "初中" };
            if (cadre.Iterations % 2 == 1) changed["phone"] = $"13{rng.Next(10)}{rng.Next(100_000_000):D8}";
            var batch = new
            {
                period = cadre.Period,
                operations = new[]
                {
                    new
                    {
                        op = "change",
                        id = person.GetProperty("id").GetGuid(),
                        version = person.GetProperty("version").GetInt64(),
                        fields = changed,
                        periodic = new Dictionary<string, object> { ["subsidy_amount"] = 10m * rng.Next(0, 51) },
                        // The version of the value read (0: never entered): the server refuses a periodic save without it.
                        periodicVersions = new Dictionary<string, long>
                        {
                            ["subsidy_amount"] = person.TryGetProperty("periodicVersions", out var pv) && pv.TryGetProperty("subsidy_amount", out var v) ? v.GetInt64() : 0,
                        },
                    },
                },
            };
            var saveStart = Stopwatch.GetTimestamp();
            measured = saveStart >= warmEnd && saveStart < end;
            var save = await SendAsync(cadre, HttpMethod.Post, $"/api/villages/{cadre.Village}/changes", batch, null);
            if (measured) cadre.Saves.Add((saveStart, save.Ms));
            if (!save.Ok)
            {
                if (measured) cadre.SaveErrors++; else cadre.WarmUpErrors++;
                Fail(measured ? "save" : "save (outside the window)", cadre, save);
            }
            cadre.Iterations++;
            if (thinkMs > 0) await Task.Delay((int)(thinkMs * (0.5 + rng.NextDouble())));
        }
    }

    /// <summary>After the load: the live materializer's backlog and catch-up time, and every village's event chain verified.</summary>
    private async Task AfterLoadAsync(StorageOptions storage, IReadOnlyList<OrgUnit> villages, WebResult result)
    {
        await using var store = await FormHubStoreFactory.OpenAsync(storage, catalog);
        var watch = Stopwatch.StartNew();
        var backlog = await PendingChangesAsync(store, int.MaxValue);
        var pending = backlog;
        var cursor = await store.GetCursorAsync(LiveReportMaterializer.CursorName);
        var moved = Stopwatch.StartNew();
        // Wait while the materializer makes progress (it may be switched off with a long poll interval: then stop after 30 s).
        while (pending > 0 && moved.Elapsed < TimeSpan.FromSeconds(30) && watch.Elapsed < TimeSpan.FromMinutes(10))
        {
            await Task.Delay(250);
            pending = await PendingChangesAsync(store, 1);
            var now = await store.GetCursorAsync(LiveReportMaterializer.CursorName);
            if (now != cursor) { cursor = now; moved.Restart(); }
        }
        if (pending > 0) pending = await PendingChangesAsync(store, int.MaxValue);
        result.Materializer = pending == 0
            ? $"live report materializer: {Fmt.Count(backlog)} changes behind when the load stopped, caught up {Fmt.Duration(watch.Elapsed)} later"
            : $"live report materializer: {Fmt.Count(backlog)} changes behind when the load stopped, still {Fmt.Count(pending)} behind after {Fmt.Duration(watch.Elapsed)} (no progress for 30 s)";
        Console.WriteLine("  " + result.Materializer);
        var broken = 0;
        long events = 0;
        foreach (var village in villages)
        {
            var check = await store.VerifyAsync(village.Code.Value);
            events += check.EventsChecked;
            if (!check.IsIntact) broken++;
        }
        result.Chains = $"event chains after the run: {villages.Count - broken} of {villages.Count} villages intact ({Fmt.Count(events)} events checked)";
        Console.WriteLine("  " + result.Chains);
        result.ChainsIntact = broken == 0;
    }

    /// <summary>Change-feed entries after the materializer's cursor, counted up to <paramref name="limit"/> (the feed is read in pages of 10,000).</summary>
    private static async Task<long> PendingChangesAsync(IFormHubStore store, int limit)
    {
        var cursor = await store.GetCursorAsync(LiveReportMaterializer.CursorName);
        long count = 0;
        while (count < limit)
        {
            var page = await store.ReadChangesAsync(cursor, (int)Math.Min(10_000, limit - count));
            count += page.Count;
            if (page.Count < 10_000) break;
            cursor = page[^1].Cursor;
        }
        return count;
    }

    private async Task<bool> SchemaExistsAsync()
    {
        await using var connection = new NpgsqlConnection(options.PostgresConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM information_schema.schemata WHERE schema_name = @s", connection);
        command.Parameters.AddWithValue("s", Schema);
        return (long)(await command.ExecuteScalarAsync())! > 0;
    }

    /// <summary>
    /// Gives the planner statistics of the seeded county, as autovacuum would within a minute or so. Without them the first
    /// seconds of the load ran roster pages and their counts on plans from statistics taken during the seeding (the type
    /// index for "every person": 10-25 ms a statement instead of 0.3-1), which alone gave a save p99 over 1 s.
    /// </summary>
    private async Task AnalyzeAsync()
    {
        await using var connection = new NpgsqlConnection(options.PostgresConnectionString);
        await connection.OpenAsync();
        await using var analyze = new NpgsqlCommand("ANALYZE", connection);
        analyze.CommandTimeout = 600;
        await analyze.ExecuteNonQueryAsync();
    }

    private async Task<string> PostgresVersionAsync()
    {
        await using var connection = new NpgsqlConnection(options.PostgresConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SHOW server_version", connection);
        return (string)(await command.ExecuteScalarAsync())!;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(", ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    /// <summary>
    /// CPU seconds used so far: the server process, the materializer process (--materializer-process; else 0), this process,
    /// all PostgreSQL processes, the whole machine (non-idle).
    /// </summary>
    private readonly record struct CpuSnapshot(double Server, double Materializer, double Self, IReadOnlyDictionary<int, double> Postgres, double MachineBusy)
    {
        /// <summary>CPU of every other process between two snapshots: the machine's busy time less the ones measured.</summary>
        public static double OthersDelta(CpuSnapshot a, CpuSnapshot b) =>
            (b.MachineBusy - a.MachineBusy) - (b.Server - a.Server) - (b.Materializer - a.Materializer) - (b.Self - a.Self) - PostgresDelta(a, b);

        /// <summary>CPU the PostgreSQL processes used between two snapshots, per process (a backend that exits takes its total with it).</summary>
        public static double PostgresDelta(CpuSnapshot a, CpuSnapshot b) =>
            b.Postgres.Sum(p => Math.Max(0, p.Value - a.Postgres.GetValueOrDefault(p.Key)));

        public static CpuSnapshot Take(int serverPid, int? materializerPid = null)
        {
            var postgres = new Dictionary<int, double>();
            foreach (var dir in Directory.EnumerateDirectories("/proc"))
            {
                var name = Path.GetFileName(dir);
                if (!name.All(char.IsAsciiDigit)) continue;
                var (comm, cpu) = ProcStat.Read(dir);
                if (comm == "postgres") postgres[int.Parse(name, CultureInfo.InvariantCulture)] = cpu;
            }
            return new CpuSnapshot(ProcStat.Read($"/proc/{serverPid}").Cpu, materializerPid is { } m ? ProcStat.Read($"/proc/{m}").Cpu : 0,
                Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds, postgres, ReadMachineBusy());
        }

        private static double ReadMachineBusy()
        {
            var cpu = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(long.Parse).ToArray();
            var idle = cpu[3] + cpu[4];
            return (cpu.Take(8).Sum() - idle) / ProcStat.TicksPerSecond;
        }
    }

    private sealed class WebResult
    {
        public string Engine { get; set; } = "";
        public string Description { get; set; } = "";
        public int Cadres { get; init; }
        public int Seconds { get; init; }
        public int Iterations { get; set; }
        public required Samples Reads { get; init; }
        public required Samples Saves { get; init; }
        public Samples Logins { get; set; } = new();
        public int ReadErrors { get; init; }
        public int SaveErrors { get; init; }
        public int WarmUpErrors { get; init; }
        public Dictionary<string, int> Statuses { get; set; } = [];
        public List<string> Failures { get; set; } = [];
        public List<string> Timeline { get; } = [];
        public string? Cpu { get; set; }
        public double ServerCpuMsPerSave { get; set; }
        /// <summary>With --materializer-process: its CPU per recorded save, and what it did in the window.</summary>
        public double? MaterializerCpuMsPerSave { get; set; }
        public string? MaterializerProcess { get; set; }
        public string? Freshness { get; set; }
        public string? WorstSeconds { get; set; }
        public string? Materializer { get; set; }
        public string? Hostile { get; set; }
        public string? Chains { get; set; }
        public bool ChainsIntact { get; set; }
        public List<string> Notes { get; set; } = [];
        public int ServerWarnings { get; set; }
        public int ServerErrors { get; set; }
        public List<string> ServerProblems { get; set; } = [];
        public string? ServerLogPath { get; set; }

        public int Errors => ReadErrors + SaveErrors + WarmUpErrors + Statuses.Where(s => s.Key.StartsWith("login", StringComparison.Ordinal) || s.Key.StartsWith("antiforgery", StringComparison.Ordinal)).Sum(s => s.Value);
        public bool SavesMet => Saves.Count > 0 && Saves.Percentile(99) < 200;
        public bool ReadsMet => Reads.Count > 0 && Reads.Percentile(99) < 200;
        public bool Met => SavesMet && ReadsMet && Errors == 0;
    }

    private static string Markdown(List<WebResult> results, BenchOptions options)
    {
        var sb = new StringBuilder();
        sb.AppendLine($"Web: {options.Cadres} concurrent cadres, {options.PersonsPerVillage} persons per village, think time {options.ThinkMilliseconds} ms, " +
                      $"warm-up {options.WarmUpSeconds} s, measured {options.DurationSeconds} s. Target: p99 < 200 ms, no errors." +
                      (options.ServerEnvironment.Count > 0 ? " Server environment: " + string.Join(", ", options.ServerEnvironment) + "." : ""));
        sb.AppendLine();
        sb.Append("| measure |");
        foreach (var r in results) sb.Append($" {r.Engine} |");
        sb.AppendLine();
        sb.Append("|---|");
        foreach (var _ in results) sb.Append("---|");
        sb.AppendLine();
        void Row(string name, Func<WebResult, string> value)
        {
            sb.Append($"| {name} |");
            foreach (var r in results) sb.Append($" {value(r)} |");
            sb.AppendLine();
        }
        static string Dist(Samples s) => s.Count == 0 ? "–"
            : $"{Fmt.Ms(s.Median)} / {Fmt.Ms(s.P95)} / {Fmt.Ms(s.Percentile(99))} / {Fmt.Ms(s.Max)}";
        Row("saves (POST …/changes): count, per second", r => $"{Fmt.Count(r.Saves.Count)}, {r.Saves.Count / (double)r.Seconds:F1}/s");
        Row("saves p50 / p95 / p99 / max", r => Dist(r.Saves) + (r.SavesMet ? " ✅" : " ❌"));
        Row("save errors", r => r.SaveErrors.ToString(CultureInfo.InvariantCulture) + (r.SaveErrors == 0 ? " ✅" : " ❌"));
        Row("reads (GET roster page of 20): count, per second", r => $"{Fmt.Count(r.Reads.Count)}, {r.Reads.Count / (double)r.Seconds:F1}/s");
        Row("reads p50 / p95 / p99 / max", r => Dist(r.Reads) + (r.ReadsMet ? " ✅" : " ❌"));
        Row("read errors", r => r.ReadErrors.ToString(CultureInfo.InvariantCulture) + (r.ReadErrors == 0 ? " ✅" : " ❌"));
        Row("errors outside the measured window (warm-up, last requests) / at sign-in", r => $"{r.WarmUpErrors} / {r.Errors - r.ReadErrors - r.SaveErrors - r.WarmUpErrors}");
        Row("sign-in of all cadres at once: login p50 / p95 / p99 / max", r => Dist(r.Logins));
        Row("target met (p99 < 200 ms, no errors)", r => r.Met ? "**yes**" : "**no**");
        Row("server CPU per recorded save", r => string.Create(CultureInfo.InvariantCulture, $"{r.ServerCpuMsPerSave:F2} ms"));
        if (options.MaterializerProcess)
            Row("materializer process CPU per recorded save (issue 12: ≤ 1 ms)", r => r.MaterializerCpuMsPerSave is { } ms
                ? string.Create(CultureInfo.InvariantCulture, $"{ms:F2} ms") + (ms <= 1 ? " ✅" : " ❌") : "–");
        foreach (var r in results)
        {
            sb.AppendLine();
            sb.AppendLine($"{r.Engine} ({r.Description}):");
            foreach (var n in r.Notes) sb.AppendLine($"- {n}");
            sb.AppendLine($"- {Fmt.Count(r.Iterations)} read+save iterations in all (warm-up included)");
            if (r.Cpu is not null) sb.AppendLine($"- {r.Cpu}");
            sb.AppendLine("- timeline: " + string.Join("; ", r.Timeline));
            if (r.WorstSeconds is not null) sb.AppendLine($"- {r.WorstSeconds}");
            if (r.MaterializerProcess is not null) sb.AppendLine($"- {r.MaterializerProcess}");
            if (r.Freshness is not null) sb.AppendLine($"- {r.Freshness}");
            if (r.Materializer is not null) sb.AppendLine($"- {r.Materializer}");
            if (r.Hostile is not null) sb.AppendLine($"- {r.Hostile}");
            if (r.Chains is not null) sb.AppendLine($"- {r.Chains}");
            if (r.Statuses.Count > 0) sb.AppendLine("- failed requests: " + string.Join(", ", r.Statuses.OrderBy(s => s.Key).Select(s => $"{s.Key} × {s.Value}")));
            foreach (var f in r.Failures) sb.AppendLine($"  - {f}");
            sb.AppendLine($"- server log ({r.ServerLogPath}): {r.ServerWarnings} warnings, {r.ServerErrors} errors");
            foreach (var p in r.ServerProblems) sb.AppendLine($"  - {p}");
        }
        return sb.ToString();
    }
}
