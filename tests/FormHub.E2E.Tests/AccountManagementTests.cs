using Microsoft.Playwright;

namespace FormHub.E2E.Tests;

/// <summary>
/// 账号管理 in the browser: an admin creates a township reviewer and a village cadre, disables the cadre while the cadre
/// is signed in (the cadre's next request ends the session), resets the reviewer's password, and the reviewer must choose
/// a new one at sign-in; the account audit lists what happened.
/// </summary>
[Collection(LiveServerCollection.Name)]
public sealed class AccountManagementTests(LiveServer server)
{
    private const string Township = "360835100000";   // 清溪镇
    private const string Village = "360835100201";    // 上塘村委会
    private const string CadrePassword = "上塘村填报员的密码-2026";

    private static async Task SignInWithAsync(IPage page, string user, string password)
    {
        await page.GotoAsync("/#/login");
        await page.FillAsync("#login-user", user);
        await page.FillAsync("#login-password", password);
        await page.ClickAsync("#login-submit");
        await page.WaitForSelectorAsync("#logout");
    }

    private static async Task CreateAccountAsync(IPage admin, string userName, string name, string role, string scope, string? password = null)
    {
        await admin.FillAsync("#new-account-userName", userName);
        await admin.FillAsync("#new-account-displayName", name);
        await admin.SelectOptionAsync("#new-account-role", role);
        await admin.FillAsync("#new-account-scope", scope);
        await admin.FillAsync("#new-account-password", password ?? "");
        await admin.ClickAsync("[data-testid=account-create-submit]");
        await admin.WaitForSelectorAsync($"[data-testid=account-row][data-user='{userName}']");
    }

    [Fact]
    public async Task AnAdminCreatesAReviewerAndACadreDisablesTheCadreMidSessionAndResetsTheReviewer()
    {
        var admin = await server.OpenPageAsync();
        admin.Dialog += (_, dialog) => dialog.AcceptAsync();
        await admin.SignInAsync("admin");
        await admin.ClickAsync("[data-testid=nav-accounts]");
        await admin.WaitForSelectorAsync("[data-testid=accounts-page]");

        // A weak password is refused at its field, and nothing is created.
        await admin.FillAsync("#new-account-userName", "li.shangtang");
        await admin.FillAsync("#new-account-displayName", "李上塘");
        await admin.SelectOptionAsync("#new-account-role", "cadre");
        await admin.FillAsync("#new-account-scope", Village);
        await admin.FillAsync("#new-account-password", "qwertyuiop");
        await admin.ClickAsync("[data-testid=account-create-submit]");
        Assert.Contains("常用", await (await admin.WaitForSelectorAsync("#new-account-password-error:visible"))!.InnerTextAsync());

        await CreateAccountAsync(admin, "wang.qingxi", "王清溪", "reviewer", Township);
        Assert.Equal(12, (await admin.TextAsync("[data-testid=one-time-password-value]")).Length);
        await CreateAccountAsync(admin, "li.shangtang", "李上塘", "cadre", Village, CadrePassword);
        Assert.Equal("正常", await admin.TextAsync("[data-testid=account-row][data-user='li.shangtang'] [data-testid=account-state]"));

        // The cadre works in another browser.
        var cadre = await server.OpenPageAsync(360, 740);
        await SignInWithAsync(cadre, "li.shangtang", CadrePassword);
        await cadre.WaitForSelectorAsync("[data-testid=nav-person]");

        // The admin disables the cadre: the cadre's next request ends the session.
        await admin.ClickAsync("[data-testid=account-row][data-user='li.shangtang'] [data-testid=account-disable]");
        await admin.WaitForSelectorAsync("[data-testid=account-row][data-user='li.shangtang'] [data-testid=account-enable]");
        Assert.Equal("已停用", await admin.TextAsync("[data-testid=account-row][data-user='li.shangtang'] [data-testid=account-state]"));
        await cadre.ClickAsync("[data-testid=nav-person]");
        await cadre.WaitForSelectorAsync("#login-user");
        await SignInWithAsyncRefused(cadre, "li.shangtang", CadrePassword);

        // The admin resets the reviewer's password; the reviewer signs in with it and must choose a new one first.
        await admin.ClickAsync("[data-testid=account-row][data-user='wang.qingxi'] [data-testid=account-reset]");
        var oneTime = await (await admin.WaitForSelectorAsync("[data-testid=one-time-password-value]"))!.InnerTextAsync();
        var reviewer = await server.OpenPageAsync(360, 740);
        await SignInWithAsync(reviewer, "wang.qingxi", oneTime.Trim());
        await reviewer.WaitForSelectorAsync("[data-testid=must-change]");
        Assert.EndsWith("#/password", reviewer.Url);
        await reviewer.FillAsync("#password-current", oneTime.Trim());
        await reviewer.FillAsync("#password-new", "wang.qingxi");
        await reviewer.FillAsync("#password-repeat", "wang.qingxi");
        await reviewer.ClickAsync("[data-testid=password-submit]");
        Assert.Contains("不能与用户名相同", await (await reviewer.WaitForSelectorAsync("[data-testid=password-error]:visible"))!.InnerTextAsync());
        await reviewer.FillAsync("#password-new", "清溪镇审核员的新密码-2026");
        await reviewer.FillAsync("#password-repeat", "清溪镇审核员的新密码-2026");
        await reviewer.ClickAsync("[data-testid=password-submit]");
        await reviewer.WaitForSelectorAsync("[data-testid=review-title]");
        Assert.Contains("#/review", reviewer.Url);
        await reviewer.ScreenshotToResultsAsync("accounts-reviewer-after-password-change-360");

        // The account audit lists who did what to whom.
        await admin.GotoAsync("/#/account-audit?subject=li.shangtang");
        await admin.WaitForSelectorAsync("[data-testid=audit-table]");
        var actions = await admin.Locator("[data-testid=audit-row]").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.action)");
        Assert.Equal(["account.disable", "account.create"], actions);
        Assert.Contains("admin", await admin.TextAsync("[data-testid=audit-row]"));
        await admin.ScreenshotToResultsAsync("accounts-audit");
    }

    private static async Task SignInWithAsyncRefused(IPage page, string user, string password)
    {
        await page.FillAsync("#login-user", user);
        await page.FillAsync("#login-password", password);
        await page.ClickAsync("#login-submit");
        Assert.Contains("用户名或密码错误", await (await page.WaitForSelectorAsync("[data-testid=login-error]:visible"))!.InnerTextAsync());
    }

    [Fact]
    public async Task ANonAdminHasNoAccountsPageAndTheSetupPageIsClosedOnceAnAdminExists()
    {
        var cadre = await server.OpenPageAsync(360, 740);
        await cadre.SignInAsync("cadre");
        Assert.Equal(0, await cadre.Locator("[data-testid=nav-accounts]").CountAsync());
        await cadre.GotoAsync("/#/accounts");
        Assert.Contains("管理员", await (await cadre.WaitForSelectorAsync("[data-testid=page-error], .panel-error"))!.InnerTextAsync());

        var anonymous = await server.OpenPageAsync();
        await anonymous.GotoAsync("/#/setup");
        await anonymous.WaitForSelectorAsync("[data-testid=setup-unavailable]");
    }
}
