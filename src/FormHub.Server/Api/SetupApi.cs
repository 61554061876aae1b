using System.Net;
using FormHub.Users;
using FormHub.Core.Text;
using FormHub.Server.Access;
using FormHub.Server.Problems;
using FormHub.Storage.Accounts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FormHub.Server.Api;

/// <summary>
/// 首次设置: the first admin of a new deployment, from the setup page. Answers only while no enabled admin exists and only
/// to a request from the server's own machine (loopback, as Kestrel saw it before any proxy headers): anywhere else it is a
/// 404, so a fresh server on a network cannot be claimed by the first passer-by. <c>formhub accounts create-admin</c> does
/// the same from the command line.
/// </summary>
public static class SetupApi
{
    public sealed record SetupState(bool Needed);

    public sealed record AdminRequest(string? UserName, string? DisplayName, string? Scope, string? Phone, string? Password);

    public static IEndpointRouteBuilder MapSetupApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/setup").AddEndpointFilter<CsrfFilter>().WithTags("Setup");
        group.MapGet("", StateAsync).WithName("GetSetupState").WithSummary("Whether the first admin still has to be created (loopback only)");
        group.MapPost("/admin", CreateAdminAsync).RequireRateLimiting(Hosting.FormHubServices.LoginRateLimit)
            .WithName("CreateFirstAdmin").WithSummary("Creates the first admin while none exists (loopback only)");
        return app;
    }

    private static async Task<Results<Ok<SetupState>, ProblemHttpResult>> StateAsync(HttpContext http, AccountService accounts, CancellationToken ct) =>
        !FromThisMachine(http) ? NotHere(http) : TypedResults.Ok(new SetupState(!await accounts.HasAdminAsync(ct)));

    private static async Task<Results<Created, ProblemHttpResult>> CreateAdminAsync(AdminRequest request, HttpContext http, AccountService accounts, CancellationToken ct)
    {
        if (!FromThisMachine(http) || await accounts.HasAdminAsync(ct)) return NotHere(http);
        var draft = new AccountDraft(request.UserName ?? "", request.DisplayName ?? "", AccountRole.Admin, request.Scope ?? "", null, request.Phone);
        var (admin, _) = await accounts.CreateFirstAdminAsync("setup", draft, request.Password ?? "", ct);
        return TypedResults.Created($"/api/accounts/{admin.UserName}");
    }

    // The connection's own address: forwarded headers may have replaced it, so a proxied request is never "this machine"
    // unless it also carried no forwarding header at all.
    private static bool FromThisMachine(HttpContext http) =>
        http.Connection.RemoteIpAddress is { } ip && IPAddress.IsLoopback(ip) && !http.Request.Headers.ContainsKey("X-Forwarded-For")
        && !http.Request.Headers.ContainsKey("X-Original-For");

    private static ProblemHttpResult NotHere(HttpContext http) =>
        Problem.NotFound(http, new LocalizedText("首次设置只能在服务器本机、且尚无管理员时进行。", "Setup is only available on the server itself while no admin exists."));
}
