namespace FormHub.E2E.Tests;

/// <summary>The page on a 360 px phone and in English; screenshots go to tests/FormHub.E2E.Tests/TestResults.</summary>
[Collection(LiveServerCollection.Name)]
public sealed class PhoneLayoutTests(LiveServer server)
{
    private const string LayoutProblems = """
        () => {
          const out = [];
          for (const el of document.querySelectorAll('input, select, textarea')) {
            if (el.type === 'hidden') continue;
            if (!(el.labels && el.labels.length) && !el.getAttribute('aria-label')) out.push('unlabelled ' + el.tagName + '#' + el.id);
          }
          for (const b of document.querySelectorAll('button')) {
            if (!(b.textContent.trim() || b.getAttribute('aria-label'))) out.push('empty button #' + b.id);
          }
          if (document.documentElement.scrollWidth > window.innerWidth) out.push('wider than the screen: ' + document.documentElement.scrollWidth);
          return out;
        }
        """;

    [Fact]
    public async Task TheCadresFormAndPersonDialogFitA360PixelScreenWithEveryInputLabelled()
    {
        var page = await server.OpenPageAsync(360, 780);
        await page.SignInAsync("cadre");
        await page.WaitForSelectorAsync("[data-testid=summary]");
        await page.WaitForSelectorAsync("#village-form");
        Assert.Empty(await page.EvaluateAsync<string[]>(LayoutProblems));
        await page.ScreenshotToResultsAsync("cadre-form-360px");

        await page.ClickAsync("[data-testid=nav-person]");
        await page.WaitForSelectorAsync("[data-testid=roster-row]");
        await page.Locator("[data-testid=roster-row]").First.ClickAsync();
        await page.WaitForSelectorAsync("#entity-dialog #field-id_number");
        Assert.Empty(await page.EvaluateAsync<string[]>(LayoutProblems));
        await page.ScreenshotToResultsAsync("person-dialog-360px");
        Assert.True(File.Exists(Path.Combine(LiveServer.ResultsDirectory, "cadre-form-360px.png")));
    }

    [Fact]
    public async Task TheEnglishSwitchTranslatesThePageAndIsRemembered()
    {
        var page = await server.OpenPageAsync();
        await page.SignInAsync("reviewer");
        await page.WaitForSelectorAsync("#review-table");
        Assert.Equal("English", await page.TextAsync("#lang-switch"));
        var chineseCounts = await page.TextAsync("[data-testid=review-counts]");
        await page.ClickAsync("#lang-switch");
        await page.WaitForFunctionAsync("document.querySelector('#lang-switch').textContent.trim() === '中文'");
        await page.WaitForSelectorAsync("#review-table");
        var englishCounts = await page.TextAsync("[data-testid=review-counts]");
        Assert.NotEqual(chineseCounts, englishCounts);
        Assert.DoesNotMatch("[\u4e00-\u9fff]", await page.TextAsync("#logout"));
        await page.ReloadAsync();
        await page.WaitForSelectorAsync("#review-table");
        Assert.Equal("中文", await page.TextAsync("#lang-switch"));
        await page.ClickAsync("#lang-switch"); // leave Chinese for the other tests' contexts (storage is per context anyway)
    }

    [Fact]
    public async Task AnEnglishUserSeesEnglishWhileThePageLoadsAndEnglishPunctuationOnTheForm()
    {
        var errors = new List<string>();
        var page = await server.OpenPageAsync(consoleErrors: errors);
        await page.Context.AddInitScriptAsync("localStorage.setItem('formhub.lang', 'en')");

        // Hold every API answer, so the page stays in its loading state: index.html's Chinese is already replaced.
        var hold = new TaskCompletionSource();
        await page.RouteAsync("**/api/**", async route => { await hold.Task; await route.ContinueAsync(); });
        await page.GotoAsync("/");
        await page.WaitForFunctionAsync("document.querySelector('#main-content .loading')?.textContent === 'Loading…'");
        Assert.Equal("en", await page.EvaluateAsync<string>("document.documentElement.lang"));
        Assert.Equal("Skip to content", await page.TextContentAsync("#skip-link"));
        Assert.Equal("FormHub One Form", await page.TitleAsync());
        Assert.DoesNotMatch("[\u4e00-\u9fff]", await page.InnerTextAsync("body"));
        hold.SetResult();
        await page.UnrouteAllAsync();

        // The village form's legend for this period's figures: English brackets around the period, not Chinese ones.
        await page.SignInAsync("cadre");
        await page.WaitForSelectorAsync("#village-form");
        var legend = await page.TextAsync("[data-testid=group-periodic] legend");
        Assert.StartsWith("Figures for this period (", legend);
        Assert.EndsWith(")", legend);
        Assert.DoesNotMatch("[（）；：、]", legend);

        Assert.Empty(errors.Where(e => !e.Contains("Failed to load resource")));
    }
}
