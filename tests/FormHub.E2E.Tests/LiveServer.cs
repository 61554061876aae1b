using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

// One collection at a time: each collection has its own LiveServer, and WebApplicationFactory cannot start two hosts
// of the same Program at once (they would grab each other's host and bind port 5000).
[assembly: CollectionBehavior(DisableTestParallelization = true)]

namespace FormHub.E2E.Tests;

/// <summary>
/// FormHub on real Kestrel (loopback, free port) with the demo county seeded into a temp folder, and one headless
/// system Chromium shared by the tests of a collection. Without Chromium the tests fail; they never skip.
/// </summary>
public sealed class LiveServer : IAsyncLifetime
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "formhub-e2e-" + Guid.NewGuid().ToString("N"));
    private WebApplicationFactory<Program>? _factory;
    private IPlaywright? _playwright;

    public string BaseUrl { get; private set; } = "";

    /// <summary>The server's SQLite database (for a test that must put the store in a state saves refuse).</summary>
    public string DatabaseFile => Path.Combine(_data, "formhub.db");

    /// <summary>The server's services (its store, for reading what a test needs to click).</summary>
    public IServiceProvider Services => _factory?.Services ?? throw new InvalidOperationException("The server has not started.");

    public IBrowser Browser { get; private set; } = null!;

    public static string RepositoryRoot
    {
        get
        {
            // From the binaries (bin/…), else from the working directory, else from this source file (builds with
            // --artifacts-path elsewhere, where the test host runs in the output folder).
            foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory(), SourceDirectory() })
                for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                    if (File.Exists(Path.Combine(dir.FullName, "FormHub.sln"))) return dir.FullName;
            throw new InvalidOperationException("FormHub.sln not found above " + AppContext.BaseDirectory);
        }
    }

    private static string SourceDirectory([System.Runtime.CompilerServices.CallerFilePath] string path = "") =>
        Path.GetDirectoryName(path) ?? "/";

    /// <summary>Where screenshots go: the test project's TestResults folder.</summary>
    public static string ResultsDirectory => Directory.CreateDirectory(Path.Combine(RepositoryRoot, "tests", "FormHub.E2E.Tests", "TestResults")).FullName;

    public async Task InitializeAsync()
    {
        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b => b
            .UseSetting("FormHub:DataDirectory", _data)
            .UseSetting("FormHub:TemplatesDirectory", Path.Combine(RepositoryRoot, "form-templates"))
            .UseSetting("FormHub:SeedDemo", "true")
            // A free port of its own: without an address Kestrel may fall back to port 5000, which another FormHub on the
            // machine (a developer's ./run.sh, another worktree's tests) can hold.
            .UseSetting(WebHostDefaults.ServerUrlsKey, "http://127.0.0.1:0")
            .UseSetting("FormHub:LoginAttemptsPerMinute", "1000")
            .UseSetting("FormHub:MaterializerPollMilliseconds", "100")
            .UseSetting("FormHub:NotifierPollMilliseconds", "300"));
        factory.UseKestrel(0);
        factory.StartServer();
        _factory = factory;
        BaseUrl = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses
            .First().Replace("[::1]", "127.0.0.1").TrimEnd('/');

        var chromium = Environment.GetEnvironmentVariable("FORMHUB_CHROMIUM") is { Length: > 0 } c ? c : "/usr/bin/chromium";
        if (!File.Exists(chromium))
            throw new InvalidOperationException($"Chromium not found at {chromium}: run scripts/install-test-tools.sh (test.sh does) or set FORMHUB_CHROMIUM");
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new() { ExecutablePath = chromium, Headless = true, Args = ["--no-sandbox"] });
    }

    /// <summary>A fresh browser context (own cookies) at the given viewport, Chinese by default.</summary>
    public async Task<IPage> OpenPageAsync(int width = 1280, int height = 900, List<string>? consoleErrors = null)
    {
        // BypassCSP lets tests evaluate expressions in the page; the app itself runs under its strict CSP in every other respect.
        var context = await Browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = height }, Locale = "zh-CN", BaseURL = BaseUrl, BypassCSP = true });
        context.SetDefaultTimeout(15_000);
        var page = await context.NewPageAsync();
        if (consoleErrors is not null)
        {
            page.Console += (_, m) => { if (m.Type == "error") consoleErrors.Add(m.Text); };
            page.PageError += (_, e) => consoleErrors.Add(e);
        }
        return page;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        if (_factory is not null) await _factory.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_data, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}

[CollectionDefinition(Name)]
public sealed class LiveServerCollection : ICollectionFixture<LiveServer>
{
    public const string Name = "live server";
}
