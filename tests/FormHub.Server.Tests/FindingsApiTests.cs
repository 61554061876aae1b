using System.Net;
using System.Text.Json;
using FormHub.Core.Periods;
using FormHub.Reports;
using FormHub.Server.Tests.Infrastructure;
using FormHub.Storage.Model;
using Microsoft.Extensions.DependencyInjection;

namespace FormHub.Server.Tests;

/// <summary>
/// Findings naming records (issue 18): the cadre sees their village's findings in full, the reviewer with ID and phone
/// numbers masked, a department user only their department's rules and no private fields; the cadre or the owning
/// department records an outcome on an eligibility list, and nobody else may.
/// </summary>
[Collection(SqliteServerCollection.Name)]
public sealed class FindingsApiTests(SqliteServer server)
{
    private const string SharedPhone = "13800138000";
    private static readonly SemaphoreSlim Once = new(1, 1);
    private static Guid _elder;

    /// <summary>Six households sharing one phone and one man of 94 without 高龄津贴 in 石门, then the village's rules run.</summary>
    private async Task<Guid> ElderAsync()
    {
        await Once.WaitAsync();
        try
        {
            if (_elder != Guid.Empty) return _elder;
            var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
            var from = new DateOnly(today.Year, today.Month, 1);
            var s = server.Store.OpenSession("cadre", ChangeSource.Form);
            for (var i = 0; i < 6; i++)
            {
                var hh = s.Create("household", DemoCounty.Shimen, new Dictionary<string, object?> { ["name"] = $"共号户{i}" }, from);
                var person = s.Create("person", DemoCounty.Shimen, new Dictionary<string, object?>
                {
                    ["name"] = $"共号户{i}", ["household"] = hh, ["phone"] = SharedPhone, ["id_number"] = IdNumbers.Valid(new DateOnly(1961, 3, 3), 900 + i),
                }, from);
                if (i == 0)
                {
                    _elder = s.Create("person", DemoCounty.Shimen, new Dictionary<string, object?>
                    {
                        ["name"] = "测试老人", ["household"] = hh, ["id_number"] = IdNumbers.Valid(new DateOnly(1932, 2, 29), 911),
                    }, from);
                }
            }
            await s.SaveChangesAsync();
            var tree = new Core.OrgUnits.RegionTree(await server.Store.GetRegionsAsync());
            var findings = server.Factory.Services.GetRequiredService<FindingsDeriver>();
            await findings.RefreshVillageAsync(tree.Find(DemoCounty.Shimen)!, Period.Parse(server.CurrentPeriod));
            return _elder;
        }
        finally { Once.Release(); }
    }

    private async Task<List<JsonElement>> ItemsAsync(string user, string unit, string? kind = null)
    {
        var client = await server.SignedInAsync(user);
        var answer = await (await client.GetAsync($"/api/findings/{unit}?period={server.CurrentPeriod}{(kind is null ? "" : "&kind=" + kind)}")).OkJsonAsync();
        return answer.GetProperty("items").EnumerateArray().ToList();
    }

    private static JsonElement Phone(JsonElement finding) =>
        finding.GetProperty("values").EnumerateArray().Single(v => v.GetProperty("field").GetString() == "phone");

    [Fact]
    public async Task TheCadreSeesFindingsNamingTheirResidentsWithTheValuesInFull()
    {
        var elder = await ElderAsync();
        var items = await ItemsAsync(Accounts.Cadre, DemoCounty.Shimen);
        var unpaid = Assert.Single(items, i => i.GetProperty("ruleId").GetString() == "mz-elderly-unpaid" && i.GetProperty("entityId").GetGuid() == elder);
        Assert.StartsWith("测试老人（共号户0户）94周岁", unpaid.GetProperty("message").GetString());
        Assert.True(unpaid.GetProperty("canOpen").GetBoolean());
        Assert.True(unpaid.GetProperty("newThisMonth").GetBoolean());
        var shared = items.Where(i => i.GetProperty("ruleId").GetString() == "mz-phone-shared").ToList();
        Assert.True(shared.Count >= 6);
        Assert.Contains(shared, i => Phone(i).GetProperty("value").GetString() == SharedPhone);
    }

    [Fact]
    public async Task TheReviewerSeesTheTownshipsFindingsWithPhoneNumbersMasked()
    {
        await ElderAsync();
        var items = await ItemsAsync(Accounts.Reviewer, DemoCounty.Qingxi);
        var shared = items.Where(i => i.GetProperty("ruleId").GetString() == "mz-phone-shared" && i.GetProperty("message").GetString()!.StartsWith("共号户")).ToList();
        Assert.Equal(6, shared.Count);
        Assert.All(shared, i => Assert.Equal(("138****8000", true), (Phone(i).GetProperty("value").GetString(), Phone(i).GetProperty("masked").GetBoolean())));
        Assert.DoesNotContain(SharedPhone, JsonSerializer.Serialize(items));
    }

    [Fact]
    public async Task ADepartmentUserSeesOnlyTheirDepartmentsRulesAndNoPrivateFields()
    {
        var elder = await ElderAsync();
        var client = await server.SignedInAsync(Accounts.Department); // 县民政局
        var answer = await (await client.GetAsync($"/api/findings/{DemoCounty.County}?period={server.CurrentPeriod}")).OkJsonAsync();
        var items = answer.GetProperty("items").EnumerateArray().ToList();
        Assert.All(items, i => Assert.Equal("民政", i.GetProperty("department").GetString()));
        Assert.DoesNotContain(items, i => i.GetProperty("ruleId").GetString() == "mz-phone-shared"); // for cadres and reviewers only
        Assert.Contains(items, i => i.GetProperty("entityId").GetGuid() == elder && i.GetProperty("gap").GetString() == "应享未享");
        Assert.All(items, i => Assert.False(i.GetProperty("canOpen").GetBoolean()));
        AuthorizationMatrixTests.AssertNoSensitiveData(server, answer);
    }

    [Fact]
    public async Task TheOwningDepartmentRecordsAnOutcomeThatTakesThePersonOffTheListAndIsAudited()
    {
        var elder = await ElderAsync();
        var department = await server.SignedInAsync(Accounts.Department);
        var body = new { ruleId = "mz-elderly-allowance-eligibility", entityId = elder, outcome = "已申请", reason = (string?)null };

        foreach (var user in new[] { Accounts.Reviewer, Accounts.Admin })
        {
            using var refused = await (await server.SignedInAsync(user)).PostJsonAsync("/api/findings/outcomes", body);
            await refused.ProblemAsync(HttpStatusCode.Forbidden);
        }
        using (var otherVillage = await (await server.SignedInAsync(Accounts.SameTownshipCadre)).PostJsonAsync("/api/findings/outcomes", body))
            await otherVillage.ProblemAsync(HttpStatusCode.NotFound);
        using (var noReason = await department.PostJsonAsync("/api/findings/outcomes", body with { outcome = "不符合" }))
            Assert.Contains("原因", (await noReason.ProblemAsync(HttpStatusCode.BadRequest)).Detail());
        using (var unknown = await department.PostJsonAsync("/api/findings/outcomes", body with { outcome = "算了" }))
            await unknown.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.DoesNotContain(await server.Store.ListEligibilityOutcomesAsync(DemoCounty.Shimen), o => o.EntityId == elder);

        using (var recorded = await department.PostJsonAsync("/api/findings/outcomes", body))
            Assert.Equal("已申请", (await recorded.OkJsonAsync()).GetProperty("outcome").GetString());
        var list = await ItemsAsync(Accounts.Department, DemoCounty.Shimen, "eligibility");
        var worked = Assert.Single(list, i => i.GetProperty("entityId").GetGuid() == elder);
        Assert.Equal("已申请", worked.GetProperty("outcome").GetProperty("outcome").GetString());
        Assert.Contains(await server.Store.ListAuditAsync(DemoCounty.Shimen), e => e.Action == "eligibility.outcome" && e.Detail!.Contains("测试老人 已申请"));

        using var cadre = await (await server.SignedInAsync(Accounts.Cadre)).PostJsonAsync("/api/findings/outcomes", body with { outcome = "已核实" });
        await cadre.OkJsonAsync();
    }

    [Fact]
    public async Task AnOutlierOfAReportColumnIsShownWithTheReportAndOnTheCadresFormButNotToAnotherDepartment()
    {
        // As the outlier deriver stores one (OutlierTests derive it): 石门's 本月排查发现隐患 far from its history.
        var village = (await server.Store.ListAsOfAsync(DemoCounty.Shimen, "village", DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)))).Single();
        const string rule = "outlier:yj-hazard-monthly:found";
        await server.Store.SaveFindingsAsync(DemoCounty.Shimen, server.CurrentPeriod, [rule], [new FindingDraft(rule, village.Id, "village",
            Core.Rules.FindingLevel.Info, "石门村委会本月排查发现隐患40处，近12个月在0–3处之间，预期0–4.5处",
            new Dictionary<string, string?> { ["value"] = "40处", ["expected"] = "0–4.5处" })], DateTimeOffset.UtcNow);

        var admin = await server.SignedInAsync(Accounts.Admin);
        var answer = await (await admin.GetAsync($"/api/findings/{DemoCounty.Qingxi}?period={server.CurrentPeriod}&kind=outlier&template=yj-hazard-monthly")).OkJsonAsync();
        var items = answer.GetProperty("items").EnumerateArray().ToList();
        var outlier = Assert.Single(items, i => i.GetProperty("ruleId").GetString() == rule && i.GetProperty("villageCode").GetString() == DemoCounty.Shimen);
        Assert.All(items, i => Assert.StartsWith("outlier:yj-hazard-monthly:", i.GetProperty("ruleId").GetString()));
        Assert.Equal(("info", "应急管理", "village"), (outlier.GetProperty("level").GetString(), outlier.GetProperty("department").GetString(), outlier.GetProperty("entityType").GetString()));
        Assert.StartsWith("异常值：安全隐患排查整治月报", outlier.GetProperty("ruleTitle").GetString());
        var values = outlier.GetProperty("values").EnumerateArray().ToDictionary(v => v.GetProperty("labelZh").GetString()!, v => v.GetProperty("value").GetString());
        Assert.Equal("40处", values["本期值"]);
        Assert.Equal("0–4.5处", values["预期范围"]);

        Assert.Contains(await ItemsAsync(Accounts.Cadre, DemoCounty.Shimen, "check"), i => i.GetProperty("ruleId").GetString() == rule);
        Assert.DoesNotContain(await ItemsAsync(Accounts.Department, DemoCounty.Shimen, "outlier"), i => i.GetProperty("ruleId").GetString() == rule);
        Assert.All(await ItemsAsync(Accounts.Cadre, DemoCounty.Shimen, "outlier"), i => Assert.StartsWith("outlier:", i.GetProperty("ruleId").GetString()));
    }
}
