using Microsoft.Playwright;

namespace FormHub.E2E.Tests;

/// <summary>
/// 账号管理 in the browser beyond the acceptance walk (<see cref="AdminWorkspaceWalkTests"/>, which creates a reviewer and a
/// cadre and disables the cadre mid-session): a weak password is refused at its field, the admin resets the reviewer's
/// password and the reviewer must choose a new one at sign-in; the account audit lists what happened.
/// </summary>
[Collection(LiveServerCollection.Name)]
public sealed class AccountManagementTests(LiveServer server)
{
    private const string Township = "360835100000";   // 清溪镇
    private const string Village = "360835100201";    // 上塘村委会

    [Fact]
    public async Task AWeakPasswordIsRefusedAndAReviewersResetPasswordMustBeChangedAtTheNextSignIn()
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

        await admin.CreateAccountAsync("wang.qingxi", "王清溪", "reviewer", Township);
        Assert.Equal(12, (await admin.TextAsync("[data-testid=one-time-password-value]")).Length);
        Assert.Null(await admin.QuerySelectorAsync("[data-testid=account-row][data-user='li.shangtang']"));

        // The admin resets the reviewer's password; the reviewer signs in with it and must choose a new one first.
        var created = await admin.TextAsync("[data-testid=one-time-password-value]");
        await admin.ClickAsync("[data-testid=account-row][data-user='wang.qingxi'] [data-testid=account-reset]");
        // The panel still shows the creation's one-time password until the reset's answer replaces it.
        await admin.WaitForFunctionAsync("old => (document.querySelector('[data-testid=one-time-password-value]')?.textContent ?? old).trim() !== old", created);
        var oneTime = await admin.TextAsync("[data-testid=one-time-password-value]");
        var reviewer = await server.OpenPageAsync(360, 740);
        await reviewer.SignInWithAsync("wang.qingxi", oneTime.Trim());
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
        await admin.GotoAsync("/#/account-audit?subject=wang.qingxi");
        await admin.WaitForSelectorAsync("[data-testid=audit-table]");
        var actions = await admin.Locator("[data-testid=audit-row]").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.action)");
        Assert.Equal(["account.password", "account.reset", "account.create"], actions);
        Assert.Contains("admin", await admin.Locator("[data-testid=audit-row]").Last.InnerTextAsync());
        await admin.ScreenshotToResultsAsync("accounts-audit");
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
