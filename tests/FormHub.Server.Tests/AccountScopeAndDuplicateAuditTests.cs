using System.Net;
using FormHub.Core.OrgUnits;
using FormHub.Server.Tests.Infrastructure;

namespace FormHub.Server.Tests;

/// <summary>A server of its own: these tests add a county, an admin of it and duplicate ID numbers.</summary>
public sealed class AccountScopeServer : ServerFixture;

/// <summary>
/// Issue 15, section 1 leftovers: an admin manages the accounts of their own region only (another county's admin neither
/// sees nor changes this county's accounts, nor creates accounts in it), and the duplicates board showing a cadre full ID
/// numbers is recorded in the account audit like every other unmasked view.
/// </summary>
public sealed class AccountScopeAndDuplicateAuditTests(AccountScopeServer server) : IClassFixture<AccountScopeServer>
{
    private const string OtherCounty = "360836000000";
    private const string OtherAdmin = "admin-" + OtherCounty;

    private async Task<HttpClient> OtherCountyAdminAsync()
    {
        if (await server.Store.FindAccountAsync(OtherAdmin) is null)
        {
            await server.Store.SaveRegionsAsync([new OrgUnit(RegionCode.Parse(OtherCounty), "邻县"), new OrgUnit(RegionCode.Parse("360836100000"), "邻县一镇"),
                new OrgUnit(RegionCode.Parse("360836100200"), "邻县一村委会")]);
            var demo = (await server.Store.FindAccountAsync(Accounts.Admin))!;
            await server.Store.SaveAccountAsync(demo with { UserName = OtherAdmin, DisplayName = "邻县管理员", ViewScope = OtherCounty, CaptureScope = null });
        }
        return await server.SignedInAsync(OtherAdmin);
    }

    [Fact]
    public async Task AnotherCountysAdminNeitherSeesNorChangesThisCountysAccounts()
    {
        var admin = await OtherCountyAdminAsync();
        var before = await server.Store.ListAccountsAsync();

        var listed = await (await admin.GetAsync("/api/accounts")).OkJsonAsync();
        Assert.Equal([OtherAdmin], listed.EnumerateArray().Select(a => a.GetProperty("userName").GetString()));
        using (var edit = await admin.PutJsonAsync($"/api/accounts/{Accounts.Reviewer}",
                   new { displayName = "改名", role = "reviewer", scope = DemoCounty.Qingxi }))
            await edit.ProblemAsync(HttpStatusCode.NotFound);
        foreach (var action in new[] { "disable", "reset", "signout-everywhere" })
        {
            using var refused = await admin.PostJsonAsync($"/api/accounts/{Accounts.Cadre}/{action}", new { });
            await refused.ProblemAsync(HttpStatusCode.NotFound);
        }
        using (var phone = await admin.GetAsync($"/api/accounts/{Accounts.Cadre}/phone")) Assert.Equal(HttpStatusCode.NotFound, phone.StatusCode);
        using (var create = await admin.PostJsonAsync("/api/accounts", new { userName = "intruder-cadre", displayName = "越界", role = "cadre", scope = DemoCounty.Shimen }))
            Assert.Contains("不在您管理的区划", (await create.ProblemAsync(HttpStatusCode.BadRequest)).GetRawText());
        using (var csv = await admin.PostJsonAsync("/api/accounts/csv", new { csv = $"360836100200,ok-cadre,邻县村干部,\n{DemoCounty.Shimen},intruder-csv,越界,\n" }))
        {
            var lines = (await csv.ProblemAsync(HttpStatusCode.BadRequest)).GetProperty("lines").EnumerateArray().Select(l => l.GetString()).ToList();
            Assert.Contains(lines, l => l!.StartsWith("行 2：", StringComparison.Ordinal) && l.Contains("不在您管理的区划"));
        }
        Assert.Equal(before, await server.Store.ListAccountsAsync());
        var audit = await (await admin.GetAsync("/api/accounts/audit")).OkJsonAsync();
        Assert.DoesNotContain(audit.EnumerateArray(), l => l.GetProperty("unit").GetString()?.StartsWith("360835", StringComparison.Ordinal) == true);
        // This county's admin still manages its own accounts.
        Assert.Contains((await (await (await server.SignedInAsync(Accounts.Admin)).GetAsync("/api/accounts")).OkJsonAsync()).EnumerateArray(),
            a => a.GetProperty("userName").GetString() == Accounts.Reviewer);
    }

    [Fact]
    public async Task FullIdNumbersOnTheDuplicatesBoardAreRecordedInTheAccountAudit()
    {
        var people = await server.EntitiesAsync(DemoCounty.Shimen, "person", 2);
        var idNumber = (string)people[0]["id_number"]!;
        await server.ForceIdNumberAsync(people[1].Id, idNumber);

        var cadre = await server.SignedInAsync(Accounts.Cadre);
        var board = await (await cadre.GetAsync($"/api/review/{DemoCounty.Shimen}/duplicates")).OkJsonAsync();
        Assert.Contains(board.EnumerateArray(), d => d.GetProperty("idNumber").GetString() == idNumber);
        var reviewer = await server.SignedInAsync(Accounts.Reviewer);
        await (await reviewer.GetAsync($"/api/review/{DemoCounty.Qingxi}/duplicates")).OkJsonAsync(); // masked: nothing to record

        var admin = await server.SignedInAsync(Accounts.Admin);
        var views = (await (await admin.GetAsync("/api/accounts/audit?take=1000")).OkJsonAsync()).EnumerateArray()
            .Where(l => l.GetProperty("action").GetString() == "pii.view" && l.GetProperty("detail").GetString()!.StartsWith("重复登记列表", StringComparison.Ordinal)).ToList();
        var line = Assert.Single(views);
        Assert.Equal(Accounts.Cadre, line.GetProperty("user").GetString());
        Assert.Equal(DemoCounty.Shimen, line.GetProperty("subject").GetString());
        Assert.Contains((string)people[1]["name"]!, line.GetProperty("detail").GetString());
    }
}
