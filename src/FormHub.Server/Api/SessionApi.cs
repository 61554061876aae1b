using FormHub.Users;
using FormHub.Filing;
using FormHub.Core.OrgUnits;
using FormHub.Server.Access;
using FormHub.Server.Hosting;
using FormHub.Server.Problems;
using FormHub.Storage;
using FormHub.Storage.Accounts;
using FormHub.Storage.Model;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FormHub.Server.Api;

/// <summary>Sign-in, sign-out, who am I, and the antiforgery token. Sign-ins (failed ones too) are audited.</summary>
public static class SessionApi
{
    public sealed record LoginRequest(string? UserName, string? Password);

    public sealed record UnitView(string Code, string Name, OrgLevel Level);

    // FirstPeriod: the first month the user's county files through FormHub (null: no limit); earlier months are not offered.
    public sealed record MeView(string UserName, string DisplayName, AccountRole Role, UnitView? CaptureScope, UnitView ViewScope, string? Department, string CurrentPeriod,
        bool MustChangePassword, string? FirstPeriod = null);

    public sealed record PasswordChange(string? CurrentPassword, string? NewPassword);

    public sealed record LoginAnswer(MeView User, string CsrfToken);

    public sealed record TokenAnswer(string Token);

    public static IEndpointRouteBuilder MapSessionApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/session").AddEndpointFilter<CsrfFilter>().WithTags("Session");
        group.MapGet("/antiforgery", Token).WithName("GetAntiforgeryToken").WithSummary("An antiforgery token for the X-CSRF-TOKEN header");
        group.MapPost("/login", LoginAsync).RequireRateLimiting(FormHubServices.LoginRateLimit)
            .WithName("SignIn").WithSummary("Signs in with a local account (cookie)");
        group.MapPost("/logout", LogoutAsync).RequireAuthorization().WithName("SignOut").WithSummary("Signs out");
        group.MapPost("/password", ChangePasswordAsync).RequireAuthorization().RequireRateLimiting(FormHubServices.LoginRateLimit)
            .WithName("ChangeOwnPassword").WithSummary("Changes the signed-in user's password (and ends their other sessions)");
        group.MapPost("/signout-everywhere", SignOutEverywhereAsync).RequireAuthorization()
            .WithName("SignOutEverywhere").WithSummary("退出所有设备: ends every session of the signed-in account, this one included");
        group.MapGet("/me", MeAsync).RequireAuthorization().WithName("GetMe").WithSummary("The signed-in user, role and scopes");
        return app;
    }

    private static Ok<TokenAnswer> Token(HttpContext http, IAntiforgery antiforgery) =>
        TypedResults.Ok(new TokenAnswer(antiforgery.GetAndStoreTokens(http).RequestToken!));

    private static async Task<Results<Ok<LoginAnswer>, ProblemHttpResult>> LoginAsync(LoginRequest request, HttpContext http,
        IFormHubStore store, PasswordCheck passwords, SignInThrottle throttle, IAntiforgery antiforgery, RegionDirectory regions, FilingCalendar calendar,
        TimeProvider clock, CancellationToken ct)
    {
        var userName = request.UserName?.Trim() ?? "";
        var named = userName.Length is > 0 and <= 100;
        var ip = http.Connection.RemoteIpAddress?.ToString();
        if (named && throttle.IsPaused(userName))
        {
            await store.AppendAuditAsync(new AuditEntry(0, clock.GetUtcNow(), userName, "sign-in-paused", null, null, ip), ct);
            return Problem.SignInPaused(http);
        }
        var account = named ? await store.FindAccountAsync(userName, ct) : null;
        if (!await passwords.VerifyOrSpendAsync(account, request.Password, ct) || account is null)
        {
            // Unknown names count too: otherwise the pause would tell which accounts exist.
            if (named) throttle.RecordFailure(userName);
            await store.AppendAuditAsync(new AuditEntry(0, clock.GetUtcNow(), named ? userName : "?", "sign-in-failed", null, null, ip), ct);
            return Problem.BadRequest(http, Messages.WrongPassword);
        }
        var principal = CurrentUser.ToPrincipal(account, CookieAuthenticationDefaults.AuthenticationScheme);
        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, principal);
        await store.AppendAuditAsync(new AuditEntry(0, clock.GetUtcNow(), account.UserName, "sign-in", account.CaptureScope ?? account.ViewScope, null, ip), ct);
        // Antiforgery tokens are bound to the user: hand out the signed-in user's token now.
        http.User = principal;
        var token = antiforgery.GetAndStoreTokens(http).RequestToken!;
        return TypedResults.Ok(new LoginAnswer(await DescribeAsync(CurrentUser.From(principal)!, regions, calendar, ct), token));
    }

    private static async Task<Ok<LoginAnswer>> ChangePasswordAsync(PasswordChange request, HttpContext http, CurrentUser user, AccountService accounts,
        IAntiforgery antiforgery, RegionDirectory regions, FilingCalendar calendar, CancellationToken ct)
    {
        var account = await accounts.ChangePasswordAsync(user.UserName, request.CurrentPassword ?? "", request.NewPassword ?? "", ct);
        // The new stamp ended every session; this one goes on with a fresh cookie (and a token bound to it).
        var principal = CurrentUser.ToPrincipal(account, CookieAuthenticationDefaults.AuthenticationScheme);
        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, principal);
        http.User = principal;
        var token = antiforgery.GetAndStoreTokens(http).RequestToken!;
        return TypedResults.Ok(new LoginAnswer(await DescribeAsync(CurrentUser.From(principal)!, regions, calendar, ct), token));
    }

    private static async Task<NoContent> SignOutEverywhereAsync(HttpContext http, CurrentUser user, AccountService accounts, CancellationToken ct)
    {
        await accounts.SignOutEverywhereAsync(user.UserName, user.UserName, ct);
        await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> LogoutAsync(HttpContext http, CurrentUser user)
    {
        await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<MeView>> MeAsync(CurrentUser user, RegionDirectory regions, FilingCalendar calendar, CancellationToken ct) =>
        TypedResults.Ok(await DescribeAsync(user, regions, calendar, ct));

    private static async Task<MeView> DescribeAsync(CurrentUser user, RegionDirectory regions, FilingCalendar calendar, CancellationToken ct)
    {
        var tree = await regions.GetAsync(ct);
        UnitView Unit(RegionCode code) => new(code.Value, tree.Find(code)?.Name ?? code.Value, code.Level);
        return new MeView(user.UserName, user.DisplayName, user.Role, user.Capture is { } c ? Unit(c) : null, Unit(user.View), user.Department,
            calendar.CurrentMonth.Key, user.MustChangePassword, calendar.FirstMonth((user.Capture ?? user.View).Value)?.Key);
    }
}
