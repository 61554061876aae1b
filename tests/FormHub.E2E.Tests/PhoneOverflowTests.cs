using Microsoft.Playwright;

namespace FormHub.E2E.Tests;

/// <summary>
/// Issue 14: at 360 px no page of any role scrolls sideways, and no text is squeezed into a column narrower than four
/// characters (本期报表清单's titles once wrapped one character per line). Every page each role reaches from its
/// navigation is visited with every &lt;details&gt; opened, in Chinese and in English.
/// </summary>
[Collection(LiveServerCollection.Name)]
public sealed class PhoneOverflowTests(LiveServer server)
{
    private const string Shimen = "360835100200";
    private const string County = "360835000000";

    /// <summary>Problems of the page as it stands: sideways scrolling, and text or fields narrower than four characters.</summary>
    private const string Squeezed = """
        () => {
          const out = [];
          if (document.documentElement.scrollWidth > window.innerWidth + 0.5)
            out.push('page wider than the screen: ' + document.documentElement.scrollWidth + 'px');
          const describe = (el) => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\s+/).join('.') : '');
          for (const el of document.querySelectorAll('body *')) {
            const style = getComputedStyle(el);
            if (style.display === 'none' || style.display === 'inline' || style.display === 'contents' || style.visibility === 'hidden') continue;
            const r = el.getBoundingClientRect();
            if (r.width === 0 || r.height === 0) continue;
            if (el.closest('.sr-only, .visually-hidden, [aria-hidden=true], .toast')) continue;
            const em = parseFloat(style.fontSize) || 16;
            const field = el.matches('input:not([type=checkbox]):not([type=radio]):not([type=hidden]), select, textarea');
            const ownText = [...el.childNodes].filter(n => n.nodeType === 3).map(n => n.textContent).join('').trim();
            if (!field && [...ownText].length < 4) continue;
            // Squeezed: a field narrower than four characters, or text broken over lines in a box narrower than that.
            const wraps = r.height > 2.2 * em;
            if (r.width < 4 * em - 1 && (field || wraps)) out.push(describe(el) + ' "' + (ownText || el.value || '').slice(0, 16) + '" ' + Math.round(r.width) + 'px wide');
          }
          return out;
        }
        """;

    public static TheoryData<string, string> Roles() => new()
    {
        { "cadre", "zh" }, { "cadre", "en" },
        { "reviewer", "zh" }, { "reviewer", "en" },
        { "minzheng", "zh" }, { "minzheng", "en" },
        { "admin", "zh" }, { "admin", "en" },
    };

    private static string[] PagesOf(string user) => user switch
    {
        "cadre" => ["#/form", "#/roster/household", "#/roster/person", "#/burden", "#/import"],
        "reviewer" => ["#/review", $"#/review/{Shimen}", "#/completeness", "#/burden"],
        "minzheng" => ["#/inbox", "#/reports", $"#/reports/mz-dibao-monthly/{County}", "#/completeness", "#/burden"],
        _ => ["#/review", $"#/review/{Shimen}", "#/inbox", "#/reports", $"#/reports/mz-dibao-monthly/{County}", "#/completeness", "#/burden", "#/import",
            "#/templates", "#/templates/mz-dibao-monthly", "#/admission", "#/catalog", "#/settings"],
    };

    [Theory, MemberData(nameof(Roles))]
    public async Task NoPageOfARoleScrollsSidewaysOrSqueezesTextAt360Pixels(string user, string lang)
    {
        var page = await server.OpenPageAsync(360, 780);
        if (lang == "en") await page.Context.AddInitScriptAsync("localStorage.setItem('formhub.lang', 'en')");
        var problems = new List<string>();
        await page.GotoAsync("/#/login");
        await page.WaitForSelectorAsync("#login-user");
        problems.AddRange((await page.EvaluateAsync<string[]>(Squeezed)).Select(p => $"login: {p}"));
        await page.SignInAsync(user);
        foreach (var hash in PagesOf(user))
        {
            await page.OpenWithDetailsAsync(hash);
            problems.AddRange((await page.EvaluateAsync<string[]>(Squeezed)).Select(p => $"{hash}: {p}"));
        }
        if (user == "cadre")
        {
            // The record dialog, opened from the roster.
            await page.OpenWithDetailsAsync("#/roster/person");
            await page.Locator("[data-testid=roster-row]").First.ClickAsync();
            await page.WaitForSelectorAsync("#entity-dialog #field-name");
            problems.AddRange((await page.EvaluateAsync<string[]>(Squeezed)).Select(p => $"person dialog: {p}"));
        }
        await page.ScreenshotToResultsAsync($"overflow-{user}-{lang}-360px");
        Assert.True(problems.Count == 0, string.Join("\n", problems.Distinct()));
    }
}
