using System.Diagnostics;
using FormHub.Cli;
using FormHub.Cli.Tests;
using FormHub.Core.Periods;
using FormHub.Server.Tests.Infrastructure;

namespace FormHub.Server.Tests;

/// <summary>
/// <c>formhub export</c> runs on the same domain services as the server's downloads: for the demo county's 低保 report
/// it writes the same workbook cells (generated and official layout) and a PDF with the same text as what 县民政局
/// downloads. Last month's report is approved and frozen, so both read the same rows.
/// </summary>
[Collection(DepartmentServerCollection.Name)]
public sealed class CliExportMatchesDownloadTests(DepartmentServer server) : IDisposable
{
    private const string Dibao = "mz-dibao-monthly";
    private readonly string _directory = Directory.CreateTempSubdirectory("formhub-cli-export-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string LastMonth => Period.Parse(server.CurrentPeriod).Previous.Key;

    private async Task<byte[]> DownloadAsync(string format)
    {
        var department = await server.SignedInAsync(Accounts.Department);
        using var response = await department.GetAsync($"/api/reports/{Dibao}/{DemoCounty.County}/{format}");
        Assert.True(response.IsSuccessStatusCode, $"{format}: {(int)response.StatusCode}");
        return await response.Content.ReadAsByteArrayAsync();
    }

    /// <summary>Runs <c>formhub export</c> against the server's own data folder, as the department user would name the preparer.</summary>
    private async Task<byte[]> ExportAsync(string format)
    {
        var preparer = (await server.Store.FindAccountAsync(Accounts.Department))!.DisplayName;
        var file = Path.Combine(_directory, $"{Guid.NewGuid():N}.{(format == "pdf" ? "pdf" : "xlsx")}");
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await FormHubCli.RunAsync(["export", "--template", Dibao, "--unit", DemoCounty.County, "--period", LastMonth, "--format", format,
            "-o", file, "--preparer", preparer, "--data", server.Settings.DataDirectory, "--templates", RepositoryRoot.Templates],
            stdout, stderr, _ => null);
        Assert.True(code == ExitCodes.Ok, $"exit {code}: {stdout}{stderr}");
        return await File.ReadAllBytesAsync(file);
    }

    [Fact]
    public async Task TheGeneratedWorkbookHasTheSameCellsAsTheDownload()
    {
        var downloaded = WorkbookCells.Read(await DownloadAsync($"xlsx?period={LastMonth}"));
        var exported = WorkbookCells.Read(await ExportAsync("xlsx"));
        Assert.Contains("合计", downloaded.Values);
        Assert.True(downloaded.Count > 22 * 4, $"{downloaded.Count} cells"); // 22 villages, their columns, subtotals, the total
        Assert.Equal(downloaded.OrderBy(c => c.Key), exported.OrderBy(c => c.Key));
    }

    [Fact]
    public async Task TheFilledOfficialLayoutHasTheSameCellsAsTheDownload()
    {
        var downloaded = WorkbookCells.Read(await DownloadAsync($"xlsx?period={LastMonth}&layout=official"));
        var exported = WorkbookCells.Read(await ExportAsync("layout"));
        Assert.Equal(downloaded.OrderBy(c => c.Key), exported.OrderBy(c => c.Key));
    }

    [Fact]
    public async Task ThePdfHasTheSameTextAsTheDownload()
    {
        var downloaded = PdfText(await DownloadAsync($"pdf?period={LastMonth}"));
        var exported = PdfText(await ExportAsync("pdf"));
        Assert.Contains("农村最低生活保障情况月报", downloaded);
        Assert.Contains("合计", downloaded);
        Assert.Equal(downloaded, exported);
    }

    /// <summary><c>pdftotext -layout</c> (poppler-utils), as a reader of the printed report sees it.</summary>
    private string PdfText(byte[] pdf)
    {
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(pdf, 0, 4));
        var file = Path.Combine(_directory, $"{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(file, pdf);
        using var process = Process.Start(new ProcessStartInfo("pdftotext", ["-layout", "-enc", "UTF-8", file, "-"])
        {
            RedirectStandardOutput = true,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
        })!;
        var text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
        return text;
    }
}
