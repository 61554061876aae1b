using System.Runtime.CompilerServices;
using FormHub.Exports.Html;
using Microsoft.Playwright;

[assembly: InternalsVisibleTo("FormHub.Exports.PdfTests")]

namespace FormHub.Exports.Pdf;

/// <summary>
/// Prints reports to PDF with one headless Chromium kept running for the life of the process: started on the first export
/// (a launch costs seconds, which no later export should pay), started again if it died, and shared by concurrent
/// exports, each on a fresh page, at most <c>maxConcurrentExports</c> at a time so a burst of downloads cannot exhaust
/// the machine. A4, landscape when the table is wide (<see cref="ReportPageLayout.IsLandscape"/>), with
/// 第 n 页 / 共 m 页 at the foot of every page. Register one per process (a singleton) and dispose it at shutdown.
/// </summary>
public sealed class PdfPrinter : IAsyncDisposable
{
    /// <summary>Environment variable naming the Chromium executable (default <see cref="DefaultChromium"/>).</summary>
    public const string ChromiumVariable = "FORMHUB_CHROMIUM";

    /// <summary>Where Debian's <c>chromium</c> package puts the browser.</summary>
    public const string DefaultChromium = "/usr/bin/chromium";

    /// <summary>Exports printed at the same time unless the constructor says otherwise; more wait their turn.</summary>
    public const int DefaultMaxConcurrentExports = 2;

    // Footer templates render apart from the page: they inherit neither its fonts nor a usable size, so both are explicit.
    private const string FooterTemplate =
        "<div style='width:100%; text-align:center; color:#000; font-size:9pt; font-family:" + ReportPageLayout.FontFamily + ";'>" +
        "第 <span class=\"pageNumber\"></span> 页 / 共 <span class=\"totalPages\"></span> 页</div>";

    private readonly SemaphoreSlim _exports;
    private readonly SemaphoreSlim _launch = new(1, 1);
    private IPlaywright? _playwright;
    // The running browser and the context every export opens its page in, replaced together on a relaunch.
    private volatile RunningChromium? _chromium;
    private int _launches;
    private int _disposed;

    /// <summary>A printer for the Chromium named by <see cref="DefaultChromiumPath"/>.</summary>
    public PdfPrinter()
        : this(DefaultChromiumPath)
    {
    }

    /// <summary>
    /// A printer for the Chromium at <paramref name="chromiumPath"/>. Nothing starts until the first export, so a server
    /// without Chromium still starts; that export then throws <see cref="ChromiumUnavailableException"/>.
    /// </summary>
    public PdfPrinter(string chromiumPath, int maxConcurrentExports = DefaultMaxConcurrentExports)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(chromiumPath);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxConcurrentExports, 1);
        ChromiumPath = chromiumPath;
        _exports = new SemaphoreSlim(maxConcurrentExports, maxConcurrentExports);
    }

    /// <summary><c>FORMHUB_CHROMIUM</c> when set, else <c>/usr/bin/chromium</c>.</summary>
    public static string DefaultChromiumPath =>
        Environment.GetEnvironmentVariable(ChromiumVariable) is { Length: > 0 } path ? path : DefaultChromium;

    /// <summary>The Chromium executable this printer launches.</summary>
    public string ChromiumPath { get; }

    /// <summary>Whether the Chromium executable exists (a health check can report it without printing anything).</summary>
    public bool IsChromiumInstalled => File.Exists(ChromiumPath);

    /// <summary>
    /// How many times this printer has started Chromium: 0 before the first export, 1 in a healthy process, more after
    /// Chromium died and was started again (worth a look in a health check).
    /// </summary>
    public int BrowserLaunches => Volatile.Read(ref _launches);

    /// <summary>The report as a PDF: <see cref="ReportHtmlWriter"/>'s document printed on A4, landscape when wide.</summary>
    /// <exception cref="ChromiumUnavailableException">Chromium is missing or does not start.</exception>
    public Task<byte[]> PrintAsync(ReportTable table, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(table);
        return PrintHtmlAsync(ReportHtmlWriter.Write(table), ReportPageLayout.IsLandscape(table), ct);
    }

    /// <summary>A self-contained HTML document as a PDF on A4 with the page-number footer.</summary>
    /// <exception cref="ChromiumUnavailableException">Chromium is missing or does not start.</exception>
    private async Task<byte[]> PrintHtmlAsync(string html, bool landscape, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(html);
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        await _exports.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            for (var attempt = 1; ; attempt++)
            {
                var chromium = await GetChromiumAsync(ct).ConfigureAwait(false);
                try
                {
                    return await PrintOnceAsync(chromium.Context, html, landscape, ct).ConfigureAwait(false);
                }
                catch (PlaywrightException) when (ct.IsCancellationRequested)
                {
                    throw new OperationCanceledException(ct);
                }
                catch (PlaywrightException) when (attempt == 1 && !chromium.Browser.IsConnected)
                {
                    // Chromium died under this export (crash, OOM kill): print once more on a fresh one.
                }
                catch (PageCrashedException) when (attempt == 1)
                {
                    // Only the page's renderer died (killed, out of memory): the browser lives on; print once more.
                }
            }
        }
        finally
        {
            _exports.Release();
        }
    }

    private static async Task<byte[]> PrintOnceAsync(IBrowserContext context, string html, bool landscape, CancellationToken ct)
    {
        // A fresh page per export in the printer's one context: a new context per export would cost a new renderer
        // (0.3–1 s on a busy machine, measured) and buys nothing here, since the pages run no script and load nothing.
        var page = await context.NewPageAsync().ConfigureAwait(false);
        // Playwright calls take no token: closing the page makes a pending call fail, which PrintHtmlAsync reports as cancelled.
        await using var cancel = ct.Register(() => _ = page.CloseAsync());
        // A page whose renderer died answers no pending call (Playwright waits on it forever): close it so the call fails.
        var crashed = false;
        page.Crash += (_, _) =>
        {
            crashed = true;
            _ = page.CloseAsync();
        };
        try
        {
            await page.SetContentAsync(html, new() { WaitUntil = WaitUntilState.Load }).ConfigureAwait(false);
            ct.ThrowIfCancellationRequested();
            return await page.PdfAsync(new()
            {
                // A4 in millimetres rather than Format = "A4" (8.27 × 11.7 in): Chromium then comes within a point of
                // 595.28 × 841.89 pt, where the inch figures overshoot by one.
                Width = landscape ? "297mm" : "210mm",
                Height = landscape ? "210mm" : "297mm",
                PrintBackground = true,
                DisplayHeaderFooter = true,
                HeaderTemplate = "<span></span>",
                FooterTemplate = FooterTemplate,
                Margin = new() { Top = "12mm", Bottom = "16mm", Left = "10mm", Right = "10mm" },
            }).ConfigureAwait(false);
        }
        catch (PlaywrightException e) when (crashed)
        {
            throw new PageCrashedException(e);
        }
        finally
        {
            // When Chromium dies mid-print, Playwright's CloseAsync can fail with a NullReferenceException from its torn-down
            // connection (seen under load); that must not hide the PlaywrightException PrintHtmlAsync retries on.
            if (!page.IsClosed && context.Browser is { IsConnected: true })
            {
                try { await page.CloseAsync().ConfigureAwait(false); }
                catch (Exception e) when (e is PlaywrightException or NullReferenceException) { /* the browser is already gone; nothing to close */ }
            }
        }
    }

    /// <summary>The running Chromium, launching it (once, however many exports ask at the same moment) when none is.</summary>
    private async Task<RunningChromium> GetChromiumAsync(CancellationToken ct)
    {
        if (_chromium is { Browser.IsConnected: true } running) return running;
        await _launch.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
            if (_chromium is { Browser.IsConnected: true } launched) return launched;
            if (_chromium is { } dead)
            {
                _chromium = null;
                try { await dead.Browser.DisposeAsync().ConfigureAwait(false); }
                catch (PlaywrightException) { /* already gone */ }
            }
            if (!File.Exists(ChromiumPath)) throw new ChromiumUnavailableException(ChromiumPath);
            IBrowser browser;
            try
            {
                browser = await LaunchAsync().ConfigureAwait(false);
            }
            catch (PlaywrightException) when (_playwright is not null)
            {
                // The Playwright driver process itself may have died with the browser: start it again as well.
                _playwright.Dispose();
                _playwright = null;
                browser = await LaunchAsync().ConfigureAwait(false);
            }
            // No script runs in a report (the HTML has none; this makes sure), and the page-number footer needs none.
            var context = await browser.NewContextAsync(new() { Locale = "zh-CN", JavaScriptEnabled = false }).ConfigureAwait(false);
            Interlocked.Increment(ref _launches);
            return _chromium = new RunningChromium(browser, context);
        }
        catch (Exception e) when (e is not ChromiumUnavailableException and not OperationCanceledException and not ObjectDisposedException)
        {
            throw new ChromiumUnavailableException(ChromiumPath, e);
        }
        finally
        {
            _launch.Release();
        }
    }

    private async Task<IBrowser> LaunchAsync()
    {
        _playwright ??= await Playwright.CreateAsync().ConfigureAwait(false);
        return await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            // No sandbox: containers and root (the test machines) cannot give Chromium its namespaces. /dev/shm in a
            // container is 64 MB by default, too small for printing long reports; /tmp serves instead.
            Args = ["--no-sandbox", "--disable-dev-shm-usage"],
        }).ConfigureAwait(false);
    }

    /// <summary>Closes the browser as a crash would (tests of the relaunch).</summary>
    internal async Task CloseBrowserAsync()
    {
        if (_chromium is { } chromium) await chromium.Browser.CloseAsync().ConfigureAwait(false);
    }

    /// <summary>Closes Chromium and the Playwright driver. Exports started afterwards throw <see cref="ObjectDisposedException"/>.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0) return;
        await _launch.WaitAsync().ConfigureAwait(false);
        try
        {
            if (_chromium is { } chromium)
            {
                _chromium = null;
                try { await chromium.Browser.CloseAsync().ConfigureAwait(false); }
                catch (PlaywrightException) { /* already gone */ }
            }
            _playwright?.Dispose();
            _playwright = null;
        }
        finally
        {
            _launch.Release();
        }
    }

    private sealed record RunningChromium(IBrowser Browser, IBrowserContext Context);
}
