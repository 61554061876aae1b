using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace FormHub.E2E.Tests;

/// <summary>
/// Issue 6's browser acceptance: the 民政 department user subscribes to the 低保 report for the county, is told in the
/// inbox that last month is ready, opens it, drills down from the county to a township to a village, and downloads Excel
/// and PDF; never seeing an ID number. Also the department pages on a 360 px phone and in English, and who sees them.
/// </summary>
[Collection(LiveServerCollection.Name)]
public sealed class DepartmentTests(LiveServer server)
{
    private const string Department = "minzheng";
    private const string County = "360835000000"; // 清溪县, the demo county
    private const string Dibao = "mz-dibao-monthly";
    private const string DibaoTitle = "农村最低生活保障情况月报";

    /// <summary>The demo seeds every month before the current one as approved; the server's calendar is China's.</summary>
    private static DateOnly LastMonth
    {
        get
        {
            var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
            return new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
        }
    }

    private static string LastMonthKey => $"{LastMonth.Year:D4}-{LastMonth.Month:D2}";

    private static string LastMonthZh => $"{LastMonth.Year}年{LastMonth.Month}月";

    /// <summary>Whole ID numbers (18 characters) and masked ones (3608**********1234) anywhere on the page, input values included.</summary>
    private const string IdNumbersOnPage = """
        () => {
          const text = document.body.innerText + '\n' + [...document.querySelectorAll('input, textarea')].map(i => i.value).join('\n');
          const whole = text.match(/(?<![0-9])[1-9][0-9]{16}[0-9Xx](?![0-9])/g) || [];
          const masked = text.match(/[0-9]{2,6}\*{4,}[0-9Xx]{0,4}/g) || [];
          return [...whole, ...masked];
        }
        """;

    private const string LayoutProblems = """
        () => {
          const out = [];
          const visible = (el) => { const r = el.getBoundingClientRect(); return r.width > 0 && r.height > 0; };
          for (const el of document.querySelectorAll('input, select, textarea')) {
            if (el.type === 'hidden' || !visible(el)) continue;
            if (!(el.labels && el.labels.length) && !el.getAttribute('aria-label')) out.push('unlabelled ' + el.tagName + '#' + el.id);
          }
          for (const b of document.querySelectorAll('button')) {
            if (!(b.textContent.trim() || b.getAttribute('aria-label'))) out.push('empty button #' + b.id);
          }
          const targets = 'button, a.btn, .nav a, .breadcrumb a, a.drill, .inbox-link, .sub-title a, .report-item-title, .card-title a, input, select, summary';
          for (const el of document.querySelectorAll(targets)) {
            if (!visible(el) || el.closest('.toast')) continue;
            const r = el.getBoundingClientRect();
            if (r.height < 39.5) out.push('small touch target ' + el.tagName + (el.id ? '#' + el.id : '') + ' "' + el.textContent.trim().slice(0, 20) + '" ' + Math.round(r.height) + 'px');
          }
          if (document.documentElement.scrollWidth > window.innerWidth) out.push('wider than the screen: ' + document.documentElement.scrollWidth);
          return out;
        }
        """;

    [Fact]
    public async Task DepartmentUserSubscribesOpensTheInboxItemDrillsDownToAVillageAndDownloadsExcelAndPdf()
    {
        var errors = new List<string>();
        var page = await server.OpenPageAsync(consoleErrors: errors);
        await page.SignInAsync(Department);

        // A department user lands on the inbox.
        await page.WaitForSelectorAsync("[data-testid=inbox-page]");
        Assert.EndsWith("#/inbox", page.Url);
        await AssertNoIdNumbersAsync(page);

        // Subscribe through the UI: an address the server refuses (loopback) shows its message and stores nothing; then without a webhook.
        await page.ClickAsync("[data-testid=nav-reports]");
        await page.ClickAsync($"[data-testid=subscribe-{Dibao}]");
        await page.WaitForSelectorAsync("#subscribe-dialog #subscribe-webhook");
        Assert.Equal(DibaoTitle, await page.TextAsync("[data-testid=subscribe-report]"));
        await page.FillAsync("#subscribe-webhook", "ftp://example.org/hook");
        await page.ClickAsync("#subscribe-confirm");
        Assert.Contains("http", await (await page.WaitForSelectorAsync("#subscribe-dialog [data-testid=field-error]"))!.InnerTextAsync());
        await page.FillAsync("#subscribe-webhook", "http://127.0.0.1:9/hook");
        await page.ClickAsync("#subscribe-confirm");
        await page.WaitForSelectorAsync("#subscribe-dialog [data-testid=subscribe-status].status-error");
        Assert.Contains("Webhook", await page.TextAsync("#subscribe-dialog [data-testid=field-error]"));
        await page.FillAsync("#subscribe-webhook", "");
        await page.ClickAsync("#subscribe-confirm");
        await page.WaitForSelectorAsync("#subscribe-dialog", new() { State = WaitForSelectorState.Detached });
        var card = page.Locator($"[data-testid=subscription][data-template-id={Dibao}][data-unit='{County}']");
        await card.WaitForAsync();
        Assert.Equal(1, await page.Locator("[data-testid=subscription]").CountAsync());
        Assert.Contains((await card.Locator("[data-testid=subscription-state]").InnerTextAsync()).Trim(), new[] { "收集中", "已就绪", "有更正" });
        Assert.Contains("应报", await card.Locator("[data-testid=subscription-line]").InnerTextAsync());
        Assert.Matches(@"/feeds/[0-9a-f-]+\.atom\?token=", await card.Locator("[data-testid=feed-url]").InputValueAsync());
        await page.WaitForSelectorAsync($"[data-testid=subscribed-{Dibao}]");
        await AssertNoIdNumbersAsync(page);

        // The notifier tells the inbox that last month (approved by the demo seed) is ready.
        await page.ClickAsync("[data-testid=nav-inbox]");
        await page.WaitForSelectorAsync("[data-testid=inbox-page]");
        var item = page.Locator($"[data-testid=inbox-item][data-template-id={Dibao}][data-period='{LastMonthKey}']");
        for (var i = 0; i < 60 && await item.CountAsync() == 0; i++)
        {
            await page.WaitForTimeoutAsync(500);
            await page.ClickAsync("#inbox-refresh");
        }
        Assert.Equal("true", await item.GetAttributeAsync("data-unread"));
        var itemText = await item.InnerTextAsync();
        Assert.Contains(DibaoTitle, itemText);
        Assert.Contains("已可查看", itemText);
        Assert.Contains(LastMonthZh, itemText);
        await page.WaitForSelectorAsync("[data-testid=nav-inbox] [data-testid=inbox-unread]:visible");
        await AssertNoIdNumbersAsync(page);

        // Opening it marks it read and shows the county table.
        await item.Locator("a").ClickAsync();
        await page.WaitForSelectorAsync($"[data-testid=report-view][data-unit='{County}'][data-period='{LastMonthKey}']");
        Assert.Equal(DibaoTitle, await page.TextAsync("[data-testid=report-title]"));
        Assert.Contains(LastMonthZh, await page.TextAsync("[data-testid=report-subtitle]"));
        var head = await page.TextAsync("#report-table thead");
        Assert.Contains("低保户数", head);
        Assert.Contains("（户）", head);
        Assert.Contains("（元）", head);
        var total = page.Locator("#report-table tr[data-kind=total]");
        Assert.Equal(1, await total.CountAsync());
        Assert.True(int.Parse(await total.Locator("td").First.EvaluateAsync<string>("e => getComputedStyle(e).fontWeight")) >= 600, "the total row is bold");
        Assert.Contains("应报", await page.TextAsync("[data-testid=completeness-line]"));
        Assert.False(string.IsNullOrWhiteSpace(await page.TextAsync("[data-testid=report-narrative]")));
        foreach (var id in new[] { "#download-xlsx", "#download-xlsx-official", "#download-pdf" })
            Assert.NotNull(await page.GetAttributeAsync(id, "download"));
        await AssertNoIdNumbersAsync(page);

        // Drill down: county → township → village; the breadcrumb leads back to the county.
        var countyName = await page.TextAsync($"[data-testid=crumb-{County}]");
        var (townshipCode, townshipName) = await FirstDrillAsync(page);
        Assert.StartsWith(County[..6], townshipCode);
        await page.ClickAsync($"[data-testid=drill-{townshipCode}]");
        await page.WaitForSelectorAsync($"[data-testid=report-view][data-unit='{townshipCode}'][data-period='{LastMonthKey}']");
        Assert.Contains(countyName, await page.TextAsync("[data-testid=breadcrumb]"));
        var (villageCode, villageName) = await FirstDrillAsync(page);
        Assert.Contains(villageName, await page.TextAsync($"[data-testid=report-row-{villageCode}]"));
        await AssertNoIdNumbersAsync(page);
        await page.ClickAsync($"[data-testid=drill-{villageCode}]");
        await page.WaitForSelectorAsync($"[data-testid=report-view][data-unit='{villageCode}'][data-period='{LastMonthKey}']");
        var crumbs = await page.TextAsync("[data-testid=breadcrumb]");
        Assert.Contains(countyName, crumbs);
        Assert.Contains(townshipName, crumbs);
        Assert.Contains(villageName, await page.TextAsync($"[data-testid=report-row-{villageCode}]"));
        Assert.Equal(0, await page.Locator("#report-table a.drill").CountAsync());
        await AssertNoIdNumbersAsync(page);

        // Back to the county by the breadcrumb, then the downloads.
        await page.ClickAsync($"[data-testid=crumb-{County}]");
        await page.WaitForSelectorAsync($"[data-testid=report-view][data-unit='{County}'][data-period='{LastMonthKey}']");
        var (xlsxName, xlsx) = await page.DownloadAsync("#download-xlsx");
        Assert.EndsWith(".xlsx", xlsxName);
        Assert.Equal("PK"u8.ToArray(), xlsx[..2]);
        var (officialName, official) = await page.DownloadAsync("#download-xlsx-official");
        Assert.EndsWith(".xlsx", officialName);
        Assert.Equal("PK"u8.ToArray(), official[..2]);
        var (pdfName, pdf) = await page.DownloadAsync("#download-pdf");
        Assert.EndsWith(".pdf", pdfName);
        Assert.Equal("%PDF"u8.ToArray(), pdf[..4]);

        // The inbox item is read now.
        await page.ClickAsync("[data-testid=nav-inbox]");
        await page.WaitForSelectorAsync($"[data-testid=inbox-item][data-template-id={Dibao}][data-period='{LastMonthKey}'][data-unread=false]");

        // 报送情况 of last month: every village approved on time.
        await page.ClickAsync("[data-testid=nav-completeness]");
        await page.WaitForSelectorAsync("[data-testid=completeness]");
        await page.SelectOptionAsync("#period-select", LastMonthKey);
        await page.WaitForFunctionAsync($"document.querySelector('[data-testid=completeness-subtitle]')?.textContent.includes('{LastMonthZh}')");
        var dibao = page.Locator($"[data-testid=completeness-{Dibao}]");
        Assert.Equal("100.0%", (await dibao.Locator("[data-testid=reporting-value]").InnerTextAsync()).Trim());
        Assert.Equal("100.0%", (await dibao.Locator("[data-testid=ontime-value]").InnerTextAsync()).Trim());
        Assert.Equal(1, await dibao.Locator("[data-testid=no-late]").CountAsync());
        await AssertNoIdNumbersAsync(page);

        Assert.Empty(errors.Where(e => !e.Contains("Failed to load resource")));
    }

    [Fact]
    public async Task TheDepartmentPagesFitA360PixelPhoneWithLabelledInputsAndTouchSizedTargetsInBothLanguages()
    {
        var errors = new List<string>();
        var page = await server.OpenPageAsync(360, 780, errors);
        await page.SignInAsync(Department);
        var pages = new (string Hash, string Ready, string Shot)[]
        {
            ("#/inbox", "[data-testid=inbox-page]", "department-inbox-360px"),
            ("#/reports", "[data-testid=published-reports]", "department-reports-360px"),
            ($"#/reports/{Dibao}/{County}?period={LastMonthKey}", "[data-testid=report-view]", "department-report-360px"),
            ($"#/completeness?period={LastMonthKey}", "[data-testid=completeness]", "department-completeness-360px"),
        };
        foreach (var (hash, ready, shot) in pages)
        {
            await page.GotoAsync("/" + hash);
            await page.WaitForSelectorAsync(ready);
            Assert.Empty(await page.EvaluateAsync<string[]>(LayoutProblems));
            await AssertNoIdNumbersAsync(page);
            await page.ScreenshotToResultsAsync(shot);
        }

        // The subscribe dialog on the phone.
        await page.GotoAsync("/#/reports");
        await page.Locator("[data-testid=published-reports] button[data-testid^=subscribe-]").First.ClickAsync();
        await page.WaitForSelectorAsync("#subscribe-dialog #subscribe-webhook");
        Assert.Empty(await page.EvaluateAsync<string[]>(LayoutProblems));
        await page.ScreenshotToResultsAsync("department-subscribe-360px");
        await page.ClickAsync("#subscribe-cancel");

        // English: every text translated (no dictionary keys leak) and the layout still fits.
        await page.ClickAsync("#lang-switch");
        await page.WaitForFunctionAsync("document.querySelector('#lang-switch').textContent.trim() === '中文'");
        foreach (var (hash, ready, _) in pages)
        {
            await page.GotoAsync("/" + hash);
            await page.WaitForSelectorAsync(ready);
            var text = await page.InnerTextAsync("body");
            Assert.DoesNotMatch(new Regex(@"\b(inbox|sub|reports|reportView|completeness|delivery|nav|common|periodType)\.[a-zA-Z]"), text);
            Assert.Empty(await page.EvaluateAsync<string[]>(LayoutProblems));
        }
        Assert.StartsWith("Inbox", await page.TextAsync("[data-testid=nav-inbox]"));
        await page.ScreenshotToResultsAsync("department-completeness-360px-en");
        await page.ClickAsync("#lang-switch");

        Assert.Empty(errors.Where(e => !e.Contains("Failed to load resource")));
    }

    [Fact]
    public async Task ReviewersGetTheFilingStatusOfTheirTownshipAndCadresDoNotSeeTheDepartmentPages()
    {
        var page = await server.OpenPageAsync();
        await page.SignInAsync("reviewer");
        await page.WaitForSelectorAsync("#review-table");
        await page.ClickAsync("[data-testid=nav-completeness]");
        await page.WaitForSelectorAsync("[data-testid=completeness]");
        await page.SelectOptionAsync("#period-select", LastMonthKey);
        await page.WaitForFunctionAsync($"document.querySelector('[data-testid=completeness-subtitle]')?.textContent.includes('{LastMonthZh}')");
        var villages = int.Parse(await page.Locator($"[data-testid=completeness-{Dibao}] [data-testid=count-villages]").InnerTextAsync());
        Assert.InRange(villages, 1, 21); // the township's villages, not the county's 22
        await page.SignOutAsync();

        await page.SignInAsync("cadre");
        await page.WaitForSelectorAsync("[data-testid=nav]");
        foreach (var entry in new[] { "nav-inbox", "nav-reports", "nav-completeness" })
            Assert.Equal(0, await page.Locator($"[data-testid={entry}]").CountAsync());
        await page.GotoAsync("/#/inbox");
        await page.WaitForSelectorAsync("[data-testid=page-error]");
    }

    private static async Task<(string Code, string Name)> FirstDrillAsync(IPage page)
    {
        var link = page.Locator("#report-table a.drill").First;
        await link.WaitForAsync();
        var code = (await link.GetAttributeAsync("data-testid"))!["drill-".Length..];
        return (code, (await link.InnerTextAsync()).Trim());
    }

    private static async Task AssertNoIdNumbersAsync(IPage page) => Assert.Empty(await page.EvaluateAsync<string[]>(IdNumbersOnPage));
}
