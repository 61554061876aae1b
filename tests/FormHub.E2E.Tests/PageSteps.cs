using FormHub.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace FormHub.E2E.Tests;

/// <summary>The few things every browser test does: sign in and out as a demo account, make valid ID numbers, take screenshots.</summary>
internal static class PageSteps
{
    public const string Password = "FormHub2026";
    public const string CadreVillage = "360835100200"; // 石门村委会, the demo cadre's village

    public static async Task SignInAsync(this IPage page, string user)
    {
        await page.GotoAsync("/#/login");
        await page.FillAsync("#login-user", user);
        await page.FillAsync("#login-password", Password);
        await page.ClickAsync("#login-submit");
        await page.WaitForSelectorAsync("#logout");
    }

    /// <summary>A cadre account of <paramref name="village"/> (the demo cadre's, renamed and rescoped) for a test of its own.</summary>
    public static async Task CreateCadreAsync(this LiveServer server, string user, string village, string displayName)
    {
        var store = server.Services.GetRequiredService<IFormHubStore>();
        var demo = (await store.FindAccountAsync("cadre"))!;
        await store.SaveAccountAsync(demo with { UserName = user, DisplayName = displayName, CaptureScope = village, ViewScope = village });
    }

    /// <summary>A fresh page at <paramref name="width"/> px in the language asked for ("zh" or "en"), signed in as <paramref name="user"/>.</summary>
    public static async Task<IPage> OpenSignedInAsync(this LiveServer server, int width, string lang, string user, List<string>? consoleErrors = null)
    {
        var page = await server.OpenPageAsync(width, 900, consoleErrors: consoleErrors);
        if (lang == "en") await page.Context.AddInitScriptAsync("localStorage.setItem('formhub.lang', 'en')");
        await page.SignInAsync(user);
        return page;
    }

    /// <summary>Unfolds a roster's filters (folded behind 筛选 on a phone; already open on a PC).</summary>
    public static async Task OpenFiltersAsync(this IPage page, string prefix = "roster")
    {
        var fold = page.Locator($"[data-testid={prefix}-filter-fold]");
        await fold.WaitForAsync(new() { State = WaitForSelectorState.Attached });
        if (!await fold.EvaluateAsync<bool>("d => d.open")) await page.ClickAsync($"[data-testid={prefix}-filters-toggle]");
    }

    public static async Task SignOutAsync(this IPage page)
    {
        await page.ClickAsync("#logout");
        await page.WaitForSelectorAsync("#login-user");
    }

    public static async Task ScreenshotToResultsAsync(this IPage page, string name) =>
        await page.ScreenshotAsync(new() { Path = Path.Combine(LiveServer.ResultsDirectory, name + ".png"), FullPage = true });

    /// <summary>A GB 11643 ID number with the right check digit for the first 17 digits.</summary>
    public static string IdNumber(string first17)
    {
        int[] weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        var sum = 0;
        for (var i = 0; i < 17; i++) sum += (first17[i] - '0') * weights[i];
        return first17 + "10X98765432"[sum % 11];
    }

    /// <summary>The same 17 digits with a wrong check digit.</summary>
    public static string WrongCheckDigit(string first17)
    {
        var right = IdNumber(first17)[^1];
        return first17 + (right == '0' ? '1' : '0');
    }

    /// <summary>Opens a page of the app by its hash and waits until it has drawn, every &lt;details&gt; opened.</summary>
    public static async Task OpenWithDetailsAsync(this IPage page, string hash)
    {
        await page.EvaluateAsync($"location.hash = '{hash}'");
        await page.WaitForFunctionAsync("document.querySelector('#main-content h1') && !document.querySelector('#main-content .loading')");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await page.EvaluateAsync("document.querySelectorAll('#main-content details').forEach(d => d.open = true)");
        await page.WaitForTimeoutAsync(150);
    }

    public static async Task<string> TextAsync(this IPage page, string selector) => (await page.InnerTextAsync(selector)).Trim();

    /// <summary>Clicks a download link and answers the file name the server suggested and the file's bytes.</summary>
    public static async Task<(string FileName, byte[] Bytes)> DownloadAsync(this IPage page, string selector)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync(selector));
        if (await download.FailureAsync() is { } failure)
        {
            // Say what the server answered (a 404 while an export endpoint is missing, a ProblemDetails otherwise).
            var href = await page.GetAttributeAsync(selector, "href");
            var answer = await page.Context.APIRequest.GetAsync(href!);
            throw new InvalidOperationException($"download from {selector} ({href}) failed: {failure}; the server answers {answer.Status}: {await answer.TextAsync()}");
        }
        var path = await download.PathAsync();
        return (download.SuggestedFilename, await File.ReadAllBytesAsync(path));
    }
}
