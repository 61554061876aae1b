using Microsoft.Playwright;

namespace FormHub.E2E.Tests;

/// <summary>What the admin's browser tests do more than once: sign in with a password of one's own, create an account, add a catalog field.</summary>
internal static class AdminSteps
{
    public static async Task SignInWithAsync(this IPage page, string user, string password)
    {
        await page.GotoAsync("/#/login");
        await page.FillAsync("#login-user", user);
        await page.FillAsync("#login-password", password);
        await page.ClickAsync("#login-submit");
        await page.WaitForSelectorAsync("#logout");
    }

    /// <summary>A sign-in that must be refused (a disabled account, a wrong password): the form says so and stays.</summary>
    public static async Task SignInRefusedAsync(this IPage page, string user, string password)
    {
        await page.FillAsync("#login-user", user);
        await page.FillAsync("#login-password", password);
        await page.ClickAsync("#login-submit");
        Assert.Contains("用户名或密码错误", await (await page.WaitForSelectorAsync("[data-testid=login-error]:visible"))!.InnerTextAsync());
    }

    /// <summary>Fills the accounts page's new-account form and waits for the account's row (an empty password gives a one-time one).</summary>
    public static async Task CreateAccountAsync(this IPage admin, string userName, string name, string role, string scope, string? password = null)
    {
        await admin.FillAsync("#new-account-userName", userName);
        await admin.FillAsync("#new-account-displayName", name);
        await admin.SelectOptionAsync("#new-account-role", role);
        await admin.FillAsync("#new-account-scope", scope);
        await admin.FillAsync("#new-account-password", password ?? "");
        await admin.ClickAsync("[data-testid=account-create-submit]");
        await admin.WaitForSelectorAsync($"[data-testid=account-row][data-user='{userName}']");
    }

    /// <summary>On the catalog page (人员 selected): adds an enum field of persons and waits for its card.</summary>
    public static async Task<ILocator> AddPersonEnumFieldAsync(this IPage admin, string name, string labelZh, string labelEn, string options, string owner)
    {
        await admin.ClickAsync("[data-testid=catalog-add]");
        await admin.FillAsync("#cf-name", name);
        await admin.FillAsync("#cf-labelZh", labelZh);
        await admin.FillAsync("#cf-labelEn", labelEn);
        await admin.SelectOptionAsync("#cf-type", "enum");
        await admin.FillAsync("#cf-options", options);
        await admin.FillAsync("#cf-ownerDepartment", owner);
        await admin.ClickAsync("[data-testid=catalog-field-save]");
        var card = admin.Locator($"[data-testid=catalog-field][data-key='person.{name}']");
        await card.WaitForAsync();
        return card;
    }
}
