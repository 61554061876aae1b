using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FormHub.Server.Access;
using FormHub.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace FormHub.Server.Tests;

/// <summary>
/// 账号管理 over HTTP as an admin does it: creating accounts with the password rules, one-time passwords that must be
/// changed, disabling and changing scope ending open sessions on their next request, 退出所有设备, bulk cadres from CSV,
/// and the audit trail of account changes and phone-number views.
/// </summary>
[Collection(SqliteServerCollection.Name)]
public sealed class AccountsApiTests(SqliteServer server)
{
    private const string GoodPassword = "清溪县石门村2026-填报";

    private static string NewName(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..20];

    private async Task<JsonElement> CreateAsync(object body, HttpStatusCode expected = HttpStatusCode.Created)
    {
        var admin = await server.SignedInAsync(Accounts.Admin);
        using var response = await admin.PostJsonAsync("/api/accounts", body);
        if (expected == HttpStatusCode.Created)
        {
            Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
            return await response.JsonAsync();
        }
        return await response.ProblemAsync(expected);
    }

    private async Task<HttpClient> SignInWithAsync(string userName, string password)
    {
        var client = server.Anonymous();
        using var answer = await ServerFixture.LoginAsync(client, userName, password);
        var body = await answer.OkJsonAsync();
        client.DefaultRequestHeaders.Add(Http.CsrfHeader, body.GetProperty("csrfToken").GetString());
        return client;
    }

    private static async Task<HttpStatusCode> MeStatusAsync(HttpClient client)
    {
        using var me = await client.GetAsync("/api/session/me");
        return me.StatusCode;
    }

    [Fact]
    public async Task ANewCadreSignsInWithTheOneTimePasswordAndMustChangeItBeforeAnythingElse()
    {
        var name = NewName("cadre");
        var created = await CreateAsync(new { userName = name, displayName = "李村干", role = "cadre", scope = DemoCounty.Shimen, phone = "13912345678" });
        var oneTime = created.GetProperty("oneTimePassword").GetString()!;
        Assert.Equal("139****5678", created.GetProperty("account").GetProperty("phone").GetString());

        var cadre = await SignInWithAsync(name, oneTime);
        var me = await (await cadre.GetAsync("/api/session/me")).OkJsonAsync();
        Assert.True(me.GetProperty("mustChangePassword").GetBoolean());
        using (var form = await cadre.GetAsync($"/api/villages/{DemoCounty.Shimen}/form"))
            Assert.Contains("修改", (await form.ProblemAsync(HttpStatusCode.Forbidden)).Detail());

        using (var weak = await cadre.PostJsonAsync("/api/session/password", new { currentPassword = oneTime, newPassword = "qwertyuiop" }))
            Assert.Contains("常用", (await weak.ProblemAsync(HttpStatusCode.BadRequest)).Detail());
        using var changed = await cadre.PostJsonAsync("/api/session/password", new { currentPassword = oneTime, newPassword = GoodPassword });
        var answer = await changed.OkJsonAsync();
        Assert.False(answer.GetProperty("user").GetProperty("mustChangePassword").GetBoolean());
        cadre.DefaultRequestHeaders.Remove(Http.CsrfHeader);
        cadre.DefaultRequestHeaders.Add(Http.CsrfHeader, answer.GetProperty("csrfToken").GetString());
        using (var form = await cadre.GetAsync($"/api/villages/{DemoCounty.Shimen}/form")) await form.OkJsonAsync();

        using var old = await ServerFixture.LoginAsync(server.Anonymous(), name, oneTime);
        await old.ProblemAsync(HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("short-1", "密码至少需要 10 个字符")]
    [InlineData("1234567890", "常用")]
    [InlineData("Basketball", "常用")]
    [InlineData("{name}", "不能与用户名相同")]
    public async Task APasswordThatBreaksARuleIsRefusedNamingTheRule(string password, string message)
    {
        var name = "reviewer" + Guid.NewGuid().ToString("N")[..8];
        var problem = await CreateAsync(new
        {
            userName = name, displayName = "审核员", role = "reviewer", scope = DemoCounty.Qingxi, password = password.Replace("{name}", name.ToUpperInvariant()),
        }, HttpStatusCode.BadRequest);
        Assert.Contains(message, problem.GetProperty("errors").GetProperty("password")[0].GetString());
        Assert.Null(await server.Store.FindAccountAsync(name));
    }

    [Theory]
    [InlineData("cadre", DemoCounty.Qingxi, "一个村")]
    [InlineData("reviewer", DemoCounty.Shimen, "一个乡镇")]
    [InlineData("admin", DemoCounty.Qingxi, "县或县以上")]
    public async Task AScopeOfTheWrongLevelForTheRoleIsRefused(string role, string scope, string message)
    {
        var problem = await CreateAsync(new { userName = NewName("x"), displayName = "某人", role, scope }, HttpStatusCode.BadRequest);
        Assert.Contains(message, problem.GetProperty("errors").GetProperty("scope")[0].GetString());
    }

    [Fact]
    public async Task ADepartmentUserNeedsADepartment()
    {
        var problem = await CreateAsync(new { userName = NewName("dept"), displayName = "卫健局", role = "department", scope = DemoCounty.County }, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("department", out _));
    }

    [Fact]
    public async Task ATakenUserNameIsAConflict() =>
        await CreateAsync(new { userName = Accounts.Reviewer, displayName = "重名", role = "reviewer", scope = DemoCounty.Qingxi }, HttpStatusCode.Conflict);

    [Fact]
    public async Task DisablingAnAccountEndsItsOpenSessionOnTheNextRequestAndItCannotSignInAgain()
    {
        var name = NewName("rev");
        await CreateAsync(new { userName = name, displayName = "王审核", role = "reviewer", scope = DemoCounty.Qingxi, password = GoodPassword });
        var reviewer = await SignInWithAsync(name, GoodPassword);
        Assert.Equal(HttpStatusCode.OK, await MeStatusAsync(reviewer));

        var admin = await server.SignedInAsync(Accounts.Admin);
        using (var disable = await admin.PostJsonAsync($"/api/accounts/{name}/disable", new { }))
            Assert.True((await disable.OkJsonAsync()).GetProperty("disabled").GetBoolean());
        Assert.Equal(HttpStatusCode.Unauthorized, await MeStatusAsync(reviewer));
        using (var again = await ServerFixture.LoginAsync(server.Anonymous(), name, GoodPassword)) await again.ProblemAsync(HttpStatusCode.BadRequest);

        using (var enable = await admin.PostJsonAsync($"/api/accounts/{name}/enable", new { })) await enable.OkJsonAsync();
        await SignInWithAsync(name, GoodPassword);
    }

    [Fact]
    public async Task ChangingAnAccountsScopeEndsItsSessionButChangingItsNameDoesNot()
    {
        var name = NewName("rev");
        await CreateAsync(new { userName = name, displayName = "王审核", role = "reviewer", scope = DemoCounty.Qingxi, password = GoodPassword });
        var reviewer = await SignInWithAsync(name, GoodPassword);
        var admin = await server.SignedInAsync(Accounts.Admin);

        using (var rename = await admin.PutAsJsonAsync($"/api/accounts/{name}", new { displayName = "王审核员", role = "reviewer", scope = DemoCounty.Qingxi }))
            await rename.OkJsonAsync();
        Assert.Equal(HttpStatusCode.OK, await MeStatusAsync(reviewer));

        using (var move = await admin.PutAsJsonAsync($"/api/accounts/{name}", new { displayName = "王审核员", role = "reviewer", scope = DemoCounty.Shiqiao }))
            Assert.Equal(DemoCounty.Shiqiao, (await move.OkJsonAsync()).GetProperty("scope").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, await MeStatusAsync(reviewer));
        var moved = await SignInWithAsync(name, GoodPassword);
        var me = await (await moved.GetAsync("/api/session/me")).OkJsonAsync();
        Assert.Equal(DemoCounty.Shiqiao, me.GetProperty("viewScope").GetProperty("code").GetString());
    }

    [Fact]
    public async Task AResetGivesAOneTimePasswordAndTheOldPasswordAndSessionsStopWorking()
    {
        var name = NewName("cadre");
        await CreateAsync(new { userName = name, displayName = "赵村干", role = "cadre", scope = DemoCounty.Fengshu, password = GoodPassword });
        var session = await SignInWithAsync(name, GoodPassword);
        var admin = await server.SignedInAsync(Accounts.Admin);
        using var reset = await admin.PostJsonAsync($"/api/accounts/{name}/reset", new { });
        var oneTime = (await reset.OkJsonAsync()).GetProperty("oneTimePassword").GetString()!;

        Assert.Equal(HttpStatusCode.Unauthorized, await MeStatusAsync(session));
        using (var old = await ServerFixture.LoginAsync(server.Anonymous(), name, GoodPassword)) await old.ProblemAsync(HttpStatusCode.BadRequest);
        var fresh = await SignInWithAsync(name, oneTime);
        Assert.True((await (await fresh.GetAsync("/api/session/me")).OkJsonAsync()).GetProperty("mustChangePassword").GetBoolean());
    }

    [Fact]
    public async Task SigningOutEverywhereEndsEverySessionOfTheAccount()
    {
        var name = NewName("dept");
        await CreateAsync(new { userName = name, displayName = "卫健局", role = "department", scope = DemoCounty.County, department = "卫健", password = GoodPassword });
        var phone = await SignInWithAsync(name, GoodPassword);
        var desk = await SignInWithAsync(name, GoodPassword);
        using (var all = await desk.PostJsonAsync("/api/session/signout-everywhere", new { })) Assert.Equal(HttpStatusCode.NoContent, all.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, await MeStatusAsync(phone));
        Assert.Equal(HttpStatusCode.Unauthorized, await MeStatusAsync(desk));
    }

    [Fact]
    public async Task TheLastAdminCannotBeDisabledAndNoAdminDisablesThemselves()
    {
        var admin = await server.SignedInAsync(Accounts.Admin);
        using var self = await admin.PostJsonAsync($"/api/accounts/{Accounts.Admin}/disable", new { });
        await self.ProblemAsync(HttpStatusCode.Conflict);
        Assert.False((await server.Store.FindAccountAsync(Accounts.Admin))!.Disabled);
    }

    [Fact]
    public async Task CadresFromACsvWithABadLineAreRefusedLineByLineAndNothingIsCreated()
    {
        var admin = await server.SignedInAsync(Accounts.Admin);
        var good = NewName("csv");
        var csv = $"村代码,用户名,姓名,电话\n{DemoCounty.Shangtang},{good},上塘村干部,13800000000\n{DemoCounty.Qingxi},{NewName("csv")},镇上的人,\n999999999999,{NewName("csv")},无此村,\n";
        using var response = await admin.PostJsonAsync("/api/accounts/csv", new { csv });
        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        var lines = problem.GetProperty("lines").EnumerateArray().Select(l => l.GetString()!).ToList();
        Assert.Equal(2, lines.Count);
        Assert.StartsWith("行 3：", lines[0]);
        Assert.StartsWith("行 4：", lines[1]);
        Assert.Null(await server.Store.FindAccountAsync(good));
    }

    [Fact]
    public async Task CadresFromAGoodCsvEachGetAOneTimePasswordAndAVillageTwiceIsRefused()
    {
        var admin = await server.SignedInAsync(Accounts.Admin);
        var names = new[] { NewName("csv"), NewName("csv") };
        var csv = $"{DemoCounty.Shimen},{names[0]},石门村干部,\r\n{DemoCounty.Fengshu},{names[1]},枫树村干部,13600000000\r\n";
        using var response = await admin.PostJsonAsync("/api/accounts/csv", new { csv });
        var created = await response.OkJsonAsync();
        Assert.Equal(2, created.GetArrayLength());
        foreach (var item in created.EnumerateArray()) Assert.Equal(12, item.GetProperty("oneTimePassword").GetString()!.Length);
        Assert.Equal(DemoCounty.Fengshu, (await server.Store.FindAccountAsync(names[1]))!.CaptureScope);

        using var twice = await admin.PostJsonAsync("/api/accounts/csv", new { csv = $"{DemoCounty.Shimen},{NewName("csv")},甲,\n{DemoCounty.Shimen},{NewName("csv")},乙,\n" });
        Assert.Equal("行 2：村 " + DemoCounty.Shimen + " 在本文件中出现了两次（每村一个村级填报员）",
            (await twice.ProblemAsync(HttpStatusCode.BadRequest)).GetProperty("lines")[0].GetString());
    }

    [Fact]
    public async Task AccountChangesAndPhoneViewsAreListedForAdminsWithWhoWhoseAndWhen()
    {
        var name = NewName("rev");
        await CreateAsync(new { userName = name, displayName = "周审核", role = "reviewer", scope = DemoCounty.Qingxi, phone = "13712345678", password = GoodPassword });
        var admin = await server.SignedInAsync(Accounts.Admin);
        using (var phone = await admin.GetAsync($"/api/accounts/{name}/phone"))
            Assert.Equal("13712345678", (await phone.OkJsonAsync()).GetProperty("phone").GetString());
        using (var disable = await admin.PostJsonAsync($"/api/accounts/{name}/disable", new { })) await disable.OkJsonAsync();

        var trail = await (await admin.GetAsync($"/api/accounts/audit?subject={name}")).OkJsonAsync();
        var actions = trail.EnumerateArray().Select(l => l.GetProperty("action").GetString()).ToList();
        Assert.Equal(["account.disable", "pii.view", "account.create"], actions);
        Assert.All(trail.EnumerateArray(), l =>
        {
            Assert.Equal(Accounts.Admin, l.GetProperty("user").GetString());
            Assert.Equal(name, l.GetProperty("subject").GetString());
            Assert.True(l.GetProperty("at").GetDateTimeOffset() > DateTimeOffset.UtcNow.AddMinutes(-5));
        });
        var byActor = await (await admin.GetAsync($"/api/accounts/audit?actor=nobody-at-all")).OkJsonAsync();
        Assert.Equal(0, byActor.GetArrayLength());
    }

    [Fact]
    public async Task ACadreReadingAnUnmaskedIdNumberIsRecordedButAMaskedViewIsNot()
    {
        var person = await server.SomePersonOfAsync(DemoCounty.Shimen);
        var cadre = await server.SignedInAsync(Accounts.Cadre);
        using (var read = await cadre.GetAsync($"/api/villages/{DemoCounty.Shimen}/entities/person/{person}")) await read.OkJsonAsync();
        var reviewer = await server.SignedInAsync(Accounts.Reviewer);
        using (var masked = await reviewer.GetAsync($"/api/villages/{DemoCounty.Shimen}/entities/person/{person}")) await masked.OkJsonAsync();

        var admin = await server.SignedInAsync(Accounts.Admin);
        var trail = await (await admin.GetAsync($"/api/accounts/audit?subject={person}")).OkJsonAsync();
        var lines = trail.EnumerateArray().ToList();
        var line = lines[0];
        Assert.Equal("pii.view", line.GetProperty("action").GetString());
        Assert.Equal(Accounts.Cadre, line.GetProperty("user").GetString());
        Assert.Contains("完整身份证号", line.GetProperty("detail").GetString());
        Assert.DoesNotContain(lines, l => l.GetProperty("user").GetString() == Accounts.Reviewer);
    }

    [Fact]
    public async Task AnUnknownUserNameIsCheckedAgainstAHashLikeAWrongPassword()
    {
        // Skipping the hash for an unknown name made it answer in about 1 ms against ~50 ms for a real check, which told
        // which accounts exist. The cost is the PBKDF2 check itself, so the test counts checks rather than timing them.
        var client = server.Anonymous();
        var passwords = server.Factory.Services.GetRequiredService<PasswordCheck>();
        async Task<long> HashesForAsync(string user)
        {
            var before = passwords.HashesComputed;
            using var response = await ServerFixture.LoginAsync(client, user, "wrong-password-1");
            await response.ProblemAsync(HttpStatusCode.BadRequest);
            return passwords.HashesComputed - before;
        }

        Assert.Equal(1, await HashesForAsync(Accounts.Reviewer));
        Assert.Equal(1, await HashesForAsync("no-such-user-" + Guid.NewGuid().ToString("N")[..6]));
    }
}
