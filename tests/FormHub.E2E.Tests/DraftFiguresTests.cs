using System.IO.Compression;
using System.Text;
using FormHub.Core.Periods;

namespace FormHub.E2E.Tests;

/// <summary>
/// Issue 14, the department user: a county table that includes villages not yet approved says so on the page and in
/// the workbook (未审核村 N 个，数据仅供参考), the header shows the department's 表号, and the generated workbook, the
/// official layout and the PDF download under distinct names — on a PC in Chinese and on a 360 px phone in English.
/// </summary>
[Collection(LiveServerCollection.Name)]
public sealed class DraftFiguresTests(LiveServer server)
{
    private const string County = "360835000000";
    private const string Dibao = "mz-dibao-monthly";

    private static Period CurrentMonth => Period.Containing(DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)), PeriodType.Monthly);

    [Theory]
    [InlineData(1280, "zh")]
    [InlineData(360, "en")]
    public async Task ACountyTableWithVillagesNotYetApprovedSaysSoOnThePageAndInTheDownloads(int width, string lang)
    {
        var errors = new List<string>();
        var page = await server.OpenPageAsync(width, 900, consoleErrors: errors);
        if (lang == "en") await page.Context.AddInitScriptAsync("localStorage.setItem('formhub.lang', 'en')");
        await page.SignInAsync("minzheng");
        await page.GotoAsync($"/#/reports/{Dibao}/{County}?period={CurrentMonth.Key}");
        var note = await page.WaitForSelectorAsync("[data-testid=draft-note]");
        Assert.Matches(lang == "en" ? "\\d+ village\\(s\\) not yet approved: figures for reference only" : "未审核村 \\d+ 个，数据仅供参考", await note!.InnerTextAsync());
        Assert.Contains("民统1表", await page.TextAsync("[data-testid=form-number]"));

        var generated = await page.DownloadAsync("#download-xlsx");
        var official = await page.DownloadAsync("#download-xlsx-official");
        var pdf = await page.DownloadAsync("#download-pdf");
        Assert.EndsWith("_生成表格.xlsx", generated.FileName);
        Assert.EndsWith("_官方版式.xlsx", official.FileName);
        Assert.EndsWith(".pdf", pdf.FileName);
        Assert.Equal(3, new[] { generated.FileName, official.FileName, pdf.FileName }.Distinct().Count());
        Assert.StartsWith("农村最低生活保障情况月报_清溪县_", generated.FileName);
        Assert.Contains("数据仅供参考", WorkbookText(generated.Bytes));
        Assert.Contains("数据仅供参考", WorkbookText(official.Bytes));
        Assert.False(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth"));

        // Last month every village is approved: no note.
        await page.GotoAsync($"/#/reports/{Dibao}/{County}?period={CurrentMonth.Previous.Key}");
        await page.WaitForSelectorAsync($"[data-testid=report-view][data-period='{CurrentMonth.Previous.Key}']");
        Assert.Equal(0, await page.Locator("[data-testid=draft-note]").CountAsync());
        Assert.Empty(errors.Where(e => !e.Contains("Failed to load resource")));
    }

    [Theory]
    [InlineData(1280, "zh")]
    [InlineData(360, "en")]
    public async Task TheDepartmentCanChooseApprovedVillagesOnlyAndTheDownloadsFollow(int width, string lang)
    {
        var errors = new List<string>();
        var page = await server.OpenSignedInAsync(width, lang, "minzheng", errors);
        await page.GotoAsync($"/#/reports/{Dibao}/{County}?period={CurrentMonth.Key}");
        await page.WaitForSelectorAsync("[data-testid=draft-note]");
        var count = await page.TextAsync("[data-testid=not-approved-count]");
        Assert.Matches(lang == "en" ? "\\(\\d+ village\\(s\\) not yet approved\\)" : "（未审核村 \\d+ 个）", count);

        await page.ClickAsync("#approved-only");
        await page.WaitForFunctionAsync("location.hash.includes('approved=1')");
        await page.WaitForFunctionAsync("document.querySelector('[data-testid=draft-note]')?.textContent.includes('" + (lang == "en" ? "Approved villages only" : "仅含已审核通过的村") + "')");
        Assert.Equal("true", await page.GetAttributeAsync("#approved-only", "aria-pressed"));
        Assert.Contains("approvedOnly=true", await page.GetAttributeAsync("#download-xlsx", "href"));
        Assert.Contains("approvedOnly=true", await page.GetAttributeAsync("#download-pdf", "href"));
        var generated = await page.DownloadAsync("#download-xlsx");
        Assert.Contains("仅含已审核通过的村", WorkbookText(generated.Bytes));
        Assert.False(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth"));
        Assert.Empty(errors.Where(e => !e.Contains("Failed to load resource")));
    }

    /// <summary>Every XML part of the workbook as text (shared and inline strings both).</summary>
    private static string WorkbookText(byte[] xlsx)
    {
        using var zip = new ZipArchive(new MemoryStream(xlsx));
        var text = new StringBuilder();
        foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(entry.Open());
            text.Append(reader.ReadToEnd());
        }
        return text.ToString();
    }
}
