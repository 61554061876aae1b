using FormHub.Exports.Pdf;

namespace FormHub.Exports.PdfTests;

/// <summary>One Chromium per process: started once however many exports arrive, started again after it died.</summary>
public sealed class PdfPrinterLifetimeTests
{
    [Fact]
    public async Task ParallelExportsShareOneBrowser()
    {
        await using var printer = new PdfPrinter();

        var exports = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => printer.PrintAsync(SampleReports.Dibao())));

        Assert.Equal(1, printer.BrowserLaunches);
        foreach (var bytes in exports)
        {
            using var pdf = Poppler.Open(bytes);
            Assert.Contains(SampleReports.Village, pdf.Text());
        }
        // Later exports keep using it.
        await printer.PrintAsync(SampleReports.Dibao());
        Assert.Equal(1, printer.BrowserLaunches);
    }

    [Fact]
    public async Task ABrowserThatDiedIsStartedAgainOnTheNextExport()
    {
        await using var printer = new PdfPrinter();
        await printer.PrintAsync(SampleReports.Dibao());

        await printer.CloseBrowserAsync();
        using var pdf = Poppler.Open(await printer.PrintAsync(SampleReports.Dibao()));

        Assert.Equal(2, printer.BrowserLaunches);
        Assert.Contains(SampleReports.Title, pdf.Text());
    }

    [Fact]
    public async Task ChromiumKilledMidPrintIsStartedAgainAndTheNextPdfPrints()
    {
        await using var printer = new PdfPrinter();
        await printer.PrintAsync(SampleReports.Dibao()); // the browser runs; the long print below is inside it when killed
        var printing = printer.PrintAsync(SampleReports.Dibao(columns: 12, villages: 2_000));
        await Task.Delay(TimeSpan.FromMilliseconds(400));

        Assert.True(ChromiumProcesses.KillAll(printer.ChromiumPath) > 0, "no Chromium process was found to kill");
        try
        {
            // Printed again on a fresh Chromium, or refused with the printer's own error: either way, not left hanging.
            Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(await printing.WaitAsync(TimeSpan.FromSeconds(120)), 0, 4));
        }
        catch (ChromiumUnavailableException)
        {
        }

        using var pdf = Poppler.Open(await printer.PrintAsync(SampleReports.Dibao()).WaitAsync(TimeSpan.FromSeconds(60)));
        Assert.Contains(SampleReports.Title, pdf.Text());
        Assert.Equal(2, printer.BrowserLaunches);
    }

    [Fact]
    public async Task MissingChromiumIsRefusedWithAChineseMessage()
    {
        await using var printer = new PdfPrinter("/nonexistent/chromium");

        Assert.False(printer.IsChromiumInstalled);
        var e = await Assert.ThrowsAsync<ChromiumUnavailableException>(() => printer.PrintAsync(SampleReports.Dibao()));
        Assert.Contains("找不到 Chromium（/nonexistent/chromium）", e.Message);
        Assert.Contains(PdfPrinter.ChromiumVariable, e.Message);
        Assert.Equal(0, printer.BrowserLaunches);
    }

    [Fact]
    public async Task AnExportAfterDisposeIsRefused()
    {
        var printer = new PdfPrinter();
        await printer.DisposeAsync();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => printer.PrintAsync(SampleReports.Dibao()));
    }

    [Fact]
    public async Task AnExportCancelledWhilePrintingThrowsOperationCanceledAndTheNextOnePrints()
    {
        await using var printer = new PdfPrinter();
        await printer.PrintAsync(SampleReports.Dibao()); // warm: the cancellation below lands inside Chromium's work
        using var cts = new CancellationTokenSource();
        var longReport = SampleReports.Dibao(columns: 12, villages: 5_000);
        cts.CancelAfter(TimeSpan.FromMilliseconds(100));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => printer.PrintAsync(longReport, cts.Token));
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(await printer.PrintAsync(SampleReports.Dibao()), 0, 4));
        Assert.Equal(1, printer.BrowserLaunches);
    }

    [Fact]
    public void TheDefaultChromiumIsFormhubChromiumOrDebians()
    {
        var expected = Environment.GetEnvironmentVariable(PdfPrinter.ChromiumVariable) is { Length: > 0 } p ? p : "/usr/bin/chromium";
        Assert.Equal(expected, PdfPrinter.DefaultChromiumPath);
        Assert.True(File.Exists(expected), $"Chromium not found at {expected}: run scripts/install-test-tools.sh or set {PdfPrinter.ChromiumVariable}");
    }
}
