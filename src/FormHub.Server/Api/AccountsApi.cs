using FormHub.Reports;
using FormHub.Storage;
using FormHub.Users;
using FormHub.Server.Access;
using FormHub.Storage.Accounts;
using FormHub.Storage.Model;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FormHub.Server.Api;

/// <summary>
/// 账号管理 (admins only): list, create, edit, disable, reset and sign out accounts, bulk-create cadres from CSV, and the
/// audit trail of account changes and personal-information views. The rules are <see cref="AccountService"/>'s.
/// </summary>
public static class AccountsApi
{
    public sealed record AccountView(string UserName, string DisplayName, AccountRole Role, string RoleName, string Scope, string? Department,
        string? Phone, bool Disabled, bool MustChangePassword);

    public sealed record AccountRequest(string? UserName, string? DisplayName, AccountRole? Role, string? Scope, string? Department, string? Phone,
        string? Password);

    public sealed record CreatedAnswer(AccountView Account, string? OneTimePassword);

    public sealed record ResetAnswer(string OneTimePassword);

    public sealed record PhoneAnswer(string? Phone);

    public sealed record CsvRequest(string? Csv);

    public sealed record AuditLine(long Seq, DateTimeOffset At, string User, string Action, string? Subject, string? Detail, string? Unit);

    public static IEndpointRouteBuilder MapAccountsApi(this IEndpointRouteBuilder app)
    {
        var group = app.SignedIn("/api/accounts", "Accounts").AddEndpointFilter<AdminOnlyFilter>();
        group.MapGet("", ListAsync).WithName("ListAccounts").WithSummary("Every account, phone numbers masked");
        group.MapPost("", CreateAsync).WithName("CreateAccount").WithSummary("Creates an account; without a password it gets a one-time password, shown once");
        group.MapPost("/csv", CreateCadresAsync).WithName("CreateCadresFromCsv")
            .WithSummary("Creates one cadre per village from CSV lines 村代码,用户名,姓名,电话; any bad line (行 R：…) refuses the whole file");
        group.MapPut("/{userName}", UpdateAsync).WithName("UpdateAccount").WithSummary("Changes role, scope, department, display name, phone; a new role or scope ends its sessions");
        group.MapPost("/{userName}/disable", DisableAsync).WithName("DisableAccount").WithSummary("Disables the account; its sessions end on their next request");
        group.MapPost("/{userName}/enable", EnableAsync).WithName("EnableAccount").WithSummary("Enables a disabled account");
        group.MapPost("/{userName}/reset", ResetAsync).WithName("ResetPassword").WithSummary("A one-time password, shown once, to be changed at next sign-in");
        group.MapPost("/{userName}/signout-everywhere", SignOutEverywhereAsync).WithName("SignOutAccountEverywhere").WithSummary("Ends every session of the account");
        group.MapGet("/{userName}/phone", PhoneAsync).WithName("ShowAccountPhone").WithSummary("The unmasked phone number; the view is recorded");
        group.MapGet("/audit", AuditAsync).WithName("ListAccountAudit")
            .WithSummary("Account changes, views of unmasked ID or phone numbers, catalog changes, template publishes and stops, admission decisions; newest first; filter by actor, subject");
        return app;
    }

    // Every handler acts within the admin's own region (AccountService.Within): another county's accounts are not there.
    public static AccountView View(UserAccount a) => new(a.UserName, a.DisplayName, a.Role, RoleNames.Zh(a.Role), a.CaptureScope ?? a.ViewScope, a.Department,
        a.Phone is { Length: > 7 } p ? FieldMasking.Mask(p, 3, 4) : a.Phone is null ? null : "****", a.Disabled, a.MustChangePassword);

    private static async Task<Ok<List<AccountView>>> ListAsync(CurrentUser user, AccountService accounts, CancellationToken ct) =>
        TypedResults.Ok((await accounts.Within(user.View).ListAsync(ct)).Select(View).ToList());

    private static async Task<Created<CreatedAnswer>> CreateAsync(AccountRequest request, CurrentUser user, AccountService accounts, CancellationToken ct)
    {
        var (account, oneTime) = await accounts.Within(user.View).CreateAsync(user.UserName, Draft(request, request.UserName), string.IsNullOrEmpty(request.Password) ? null : request.Password, ct);
        return TypedResults.Created($"/api/accounts/{account.UserName}", new CreatedAnswer(View(account), oneTime));
    }

    private static async Task<Ok<List<CreatedAnswer>>> CreateCadresAsync(CsvRequest request, CurrentUser user, AccountService accounts, CancellationToken ct)
    {
        var lines = (request.Csv ?? "").Replace("\r\n", "\n").Split('\n');
        var created = await accounts.Within(user.View).CreateCadresAsync(user.UserName, lines, ct);
        return TypedResults.Ok(created.Select(c => new CreatedAnswer(View(c.Account), c.OneTimePassword)).ToList());
    }

    private static async Task<Ok<AccountView>> UpdateAsync(string userName, AccountRequest request, CurrentUser user, AccountService accounts, CancellationToken ct)
    {
        var current = await accounts.Within(user.View).FindAsync(userName, ct);
        // An edit sends the whole account as the page shows it; a phone left masked means "unchanged".
        var phone = request.Phone is { } p && p.Contains('*') ? current?.Phone : request.Phone;
        return TypedResults.Ok(View(await accounts.Within(user.View).UpdateAsync(user.UserName, Draft(request with { Phone = phone }, userName), ct)));
    }

    private static async Task<Ok<AccountView>> DisableAsync(string userName, CurrentUser user, AccountService accounts, CancellationToken ct) =>
        TypedResults.Ok(View(await accounts.Within(user.View).SetDisabledAsync(user.UserName, userName, true, ct)));

    private static async Task<Ok<AccountView>> EnableAsync(string userName, CurrentUser user, AccountService accounts, CancellationToken ct) =>
        TypedResults.Ok(View(await accounts.Within(user.View).SetDisabledAsync(user.UserName, userName, false, ct)));

    private static async Task<Ok<ResetAnswer>> ResetAsync(string userName, CurrentUser user, AccountService accounts, CancellationToken ct) =>
        TypedResults.Ok(new ResetAnswer(await accounts.Within(user.View).ResetPasswordAsync(user.UserName, userName, ct)));

    private static async Task<NoContent> SignOutEverywhereAsync(string userName, CurrentUser user, AccountService accounts, CancellationToken ct)
    {
        await accounts.Within(user.View).SignOutEverywhereAsync(user.UserName, userName, ct);
        return TypedResults.NoContent();
    }

    private static async Task<Results<Ok<PhoneAnswer>, NotFound>> PhoneAsync(string userName, CurrentUser user, AccountService accounts, CancellationToken ct)
    {
        if (await accounts.Within(user.View).FindAsync(userName, ct) is not { } account) return TypedResults.NotFound();
        await accounts.Within(user.View).RecordPersonalInfoViewAsync(user.UserName, account.UserName, account.CaptureScope ?? account.ViewScope, "查看账号完整电话号码", ct);
        return TypedResults.Ok(new PhoneAnswer(account.Phone));
    }

    // Account lines are the admin's own region's; the definitions' lines (catalog, templates, admission) are the whole
    // store's, which every admin's county files, so every admin sees them.
    private static async Task<Ok<List<AuditLine>>> AuditAsync(CurrentUser user, AccountService accounts, IFormHubStore store, string? actor, string? subject,
        int? take, CancellationToken ct)
    {
        var count = Math.Clamp(take ?? 200, 1, 1000);
        var own = await accounts.Within(user.View).AuditTrailAsync(Blank(actor), Blank(subject), count, ct);
        var definitions = await store.ListAuditByActionAsync(DefinitionsAudit.All, Blank(actor), Blank(subject), count, ct);
        return TypedResults.Ok(own.Concat(definitions).OrderByDescending(e => e.Seq).Take(count).Select(Line).ToList());
    }

    private static AuditLine Line(AuditEntry e)
    {
        var colon = e.Detail?.IndexOf(": ", StringComparison.Ordinal) ?? -1;
        return new AuditLine(e.Seq, e.At, e.User, e.Action, colon > 0 ? e.Detail![..colon] : null, colon > 0 ? e.Detail![(colon + 2)..] : e.Detail, e.UnitCode);
    }

    private static AccountDraft Draft(AccountRequest r, string? userName) =>
        new(userName ?? "", r.DisplayName ?? "", r.Role ?? throw new AccountRefusal(new("请选择角色", "Choose a role"), AccountRefusalKind.Invalid, "role"),
            r.Scope ?? "", r.Department, r.Phone);

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
