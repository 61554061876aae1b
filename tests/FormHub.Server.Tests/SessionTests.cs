using System.Net;
using System.Net.Http.Json;
using FormHub.Server.Tests.Infrastructure;

namespace FormHub.Server.Tests;

/// <summary>Sign-in, sign-out, who am I, antiforgery tokens, the audit of sign-ins, and answers in English when asked.</summary>
[Collection(SqliteServerCollection.Name)]
public sealed class SessionTests(SqliteServer server)
{
    [Fact]
    public async Task AWrongPasswordIsRefusedInChineseAndAudited()
    {
        var before = await FailedSignInsAsync(Accounts.Reviewer);
        using var response = await ServerFixture.LoginAsync(server.Anonymous(), Accounts.Reviewer, "wrong-password");
        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("用户名或密码错误。", problem.Detail());
        Assert.Equal(before + 1, await FailedSignInsAsync(Accounts.Reviewer));
    }

    [Fact]
    public async Task AnUnknownUserGetsTheSameAnswerAsAWrongPassword()
    {
        using var unknown = await ServerFixture.LoginAsync(server.Anonymous(), "no-such-user", DemoCounty.Password);
        using var wrong = await ServerFixture.LoginAsync(server.Anonymous(), Accounts.Admin, "wrong-password");
        Assert.Equal((await wrong.ProblemAsync(HttpStatusCode.BadRequest)).Detail(), (await unknown.ProblemAsync(HttpStatusCode.BadRequest)).Detail());
    }

    [Fact]
    public async Task ASignInIsAuditedAndMeDescribesTheUser()
    {
        var before = await SignInsAsync(Accounts.Admin);
        var admin = await server.SignInAsync(Accounts.Admin);
        Assert.Equal(before + 1, await SignInsAsync(Accounts.Admin));
        var me = await (await admin.GetAsync("/api/session/me")).OkJsonAsync();
        Assert.Equal("admin", me.GetProperty("role").GetString());
        Assert.Equal(DemoCounty.County, me.GetProperty("viewScope").GetProperty("code").GetString());
        Assert.Equal(server.CurrentPeriod, me.GetProperty("currentPeriod").GetString());

        var cadre = await (await (await server.SignedInAsync(Accounts.Cadre)).GetAsync("/api/session/me")).OkJsonAsync();
        Assert.Equal("cadre", cadre.GetProperty("role").GetString());
        Assert.Equal(DemoCounty.Shimen, cadre.GetProperty("captureScope").GetProperty("code").GetString());
        Assert.Equal("石门村委会", cadre.GetProperty("captureScope").GetProperty("name").GetString());
    }

    [Fact]
    public async Task MeAnswers401AfterLogout()
    {
        var cadre = await server.SignInAsync(Accounts.Cadre);
        await (await cadre.GetAsync("/api/session/me")).OkJsonAsync();
        using (var logout = await cadre.PostAsync("/api/session/logout", null)) Assert.Equal(HttpStatusCode.NoContent, logout.StatusCode);
        using var me = await cadre.GetAsync("/api/session/me");
        await me.ProblemAsync(HttpStatusCode.Unauthorized);
        using var form = await cadre.GetAsync($"/api/villages/{DemoCounty.Shimen}/form");
        await form.ProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task ALoginWithoutAnAntiforgeryTokenIsRefused()
    {
        using var response = await server.Anonymous().PostAsync("/api/session/login", JsonContent.Create(new { userName = Accounts.Cadre, password = DemoCounty.Password }));
        await response.ProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task ATokenTakenBeforeSigningInIsRefusedAfterwards()
    {
        // Tokens are bound to the user (docs/api.md): the login answer carries the one to use from then on.
        var client = server.Anonymous();
        var anonymousToken = (await (await client.GetAsync("/api/session/antiforgery")).OkJsonAsync()).GetProperty("token").GetString();
        using var login = new HttpRequestMessage(HttpMethod.Post, "/api/session/login") { Content = JsonContent.Create(new { userName = Accounts.Cadre, password = DemoCounty.Password }) };
        login.Headers.Add(Http.CsrfHeader, anonymousToken);
        var signedIn = await (await client.SendAsync(login)).OkJsonAsync();
        client.DefaultRequestHeaders.Add(Http.CsrfHeader, anonymousToken);
        using (var stale = await client.PostAsync("/api/session/logout", null)) await stale.ProblemAsync(HttpStatusCode.BadRequest);
        client.DefaultRequestHeaders.Remove(Http.CsrfHeader);
        client.DefaultRequestHeaders.Add(Http.CsrfHeader, signedIn.GetProperty("csrfToken").GetString());
        using var fresh = await client.PostAsync("/api/session/logout", null);
        Assert.Equal(HttpStatusCode.NoContent, fresh.StatusCode);
    }

    [Fact]
    public async Task TheSignInCookieIsHttpOnlyAndSameSiteStrict()
    {
        using var response = await ServerFixture.LoginAsync(server.Anonymous(), Accounts.Reviewer, DemoCounty.Password);
        await response.OkJsonAsync();
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("FormHub.Auth=", StringComparison.Ordinal)).ToLowerInvariant();
        Assert.Contains("httponly", cookie);
        Assert.Contains("samesite=strict", cookie);
    }

    [Fact]
    public async Task AcceptLanguageEnglishGivesEnglishDetails()
    {
        using (var wrong = await ServerFixture.LoginAsync(server.Anonymous("en"), Accounts.Reviewer, "wrong-password"))
            Assert.Equal("Wrong user name or password.", (await wrong.ProblemAsync(HttpStatusCode.BadRequest, english: true)).Detail());
        using (var anonymous = await server.Anonymous("en-GB").GetAsync("/api/session/me"))
            Assert.Equal("Please sign in.", (await anonymous.ProblemAsync(HttpStatusCode.Unauthorized, english: true)).Detail());
        const string village = DemoCounty.Xiafang; // refused writes only
        var cadre = await server.SignInAsync(Accounts.CadreOf(village), "en");
        using (var refused = await cadre.GetAsync($"/api/villages/{DemoCounty.Fengshu}/form"))
            await refused.ProblemAsync(HttpStatusCode.Forbidden, english: true);
        using (var badPeriod = await cadre.GetAsync($"/api/villages/{village}/form?period=2026-13"))
            await badPeriod.ProblemAsync(HttpStatusCode.BadRequest, english: true);
        var household = (await server.EntitiesAsync(village, "household", 1))[0];
        var before = await server.SnapshotAsync(village);
        using var invalid = await cadre.PostJsonAsync($"/api/villages/{village}/changes", new
        {
            period = server.CurrentPeriod,
            operations = new[] { new { op = "change", id = household.Id, version = household.Version, fields = new Dictionary<string, object> { ["dibao_persons"] = "many" } } },
        });
        var problem = await invalid.ProblemAsync(HttpStatusCode.BadRequest, english: true);
        var message = problem.GetProperty("errors").GetProperty("operations[0].fields.dibao_persons")[0].GetString()!;
        Assert.False(Http.IsChinese(message), message);
        Assert.Equal(before, await server.SnapshotAsync(village));
    }

    private async Task<int> FailedSignInsAsync(string user) =>
        (await server.Store.ListAuditAsync(null, null, 10_000)).Count(a => a.User == user && a.Action == "sign-in-failed");

    private async Task<int> SignInsAsync(string user) =>
        (await server.Store.ListAuditAsync(null, null, 10_000)).Count(a => a.User == user && a.Action == "sign-in");
}

/// <summary>A server allowing 3 sign-in attempts a minute, without the demo (the limiter counts attempts, not successes).</summary>
public sealed class RateLimitedServer : ServerFixture
{
    protected override ServerSettings Configure(ServerSettings settings) => settings with { SeedDemo = false, LoginAttemptsPerMinute = 3 };
}

public sealed class LoginRateLimitTests(RateLimitedServer server) : IClassFixture<RateLimitedServer>
{
    [Fact]
    public async Task TheFourthSignInAttemptInAMinuteIsAnswered429()
    {
        var client = server.Anonymous();
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            using var refused = await ServerFixture.LoginAsync(client, "someone", "guess-" + attempt);
            await refused.ProblemAsync(HttpStatusCode.BadRequest);
        }
        using var limited = await ServerFixture.LoginAsync(client, "someone", "guess-4");
        Assert.Contains("频繁", (await limited.ProblemAsync(HttpStatusCode.TooManyRequests)).Detail());
    }
}

/// <summary>A server pausing an account after 3 wrong passwords, with the demo county's accounts.</summary>
public sealed class AccountThrottledServer : ServerFixture
{
    protected override ServerSettings Configure(ServerSettings settings) => settings with { SignInFailuresPerAccount = 3 };
}

public sealed class SignInThrottleTests(AccountThrottledServer server) : IClassFixture<AccountThrottledServer>
{
    [Fact]
    public async Task AfterThreeWrongPasswordsTheAccountIsPausedEvenForTheRightOneWhileOtherAccountsStillSignIn()
    {
        var client = server.Anonymous();
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            using var wrong = await ServerFixture.LoginAsync(client, Accounts.Reviewer, "guess-" + attempt);
            await wrong.ProblemAsync(HttpStatusCode.BadRequest);
        }

        using var paused = await ServerFixture.LoginAsync(server.Anonymous(), " " + Accounts.Reviewer.ToUpperInvariant() + " ", DemoCounty.Password);
        Assert.Contains("暂停登录 15 分钟", (await paused.ProblemAsync(HttpStatusCode.TooManyRequests)).Detail());
        using var right = await ServerFixture.LoginAsync(server.Anonymous(), Accounts.Reviewer, DemoCounty.Password);
        await right.ProblemAsync(HttpStatusCode.TooManyRequests);

        using var other = await ServerFixture.LoginAsync(client, Accounts.Cadre, DemoCounty.Password);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        Assert.Contains(await server.Store.ListAuditAsync(null, null, 10_000), a => a.User == Accounts.Reviewer && a.Action == "sign-in-paused");
    }
}
