using System.Net;
using System.Text.Json;
using FormHub.Core.OrgUnits;
using FormHub.Core.Periods;
using FormHub.Core.Rules;
using FormHub.Reports;
using FormHub.Server.Tests.Infrastructure;
using FormHub.Storage.Model;
using Microsoft.Extensions.DependencyInjection;

namespace FormHub.Server.Tests;

/// <summary>
/// Issue 14: the roster filters by failing checks (the month's open findings of record rules, issue 18) — one rule
/// (<c>check=RULE</c>) or any check (<c>check=any</c>) — and sorts by how many checks a record fails, for the village's
/// cadre and the township's reviewer alike; a rule that does not exist or concerns another kind of record is a Chinese 400.
/// </summary>
[Collection(SqliteServerCollection.Name)]
public sealed class RosterFailingChecksApiTests(SqliteServer server)
{
    private const string Village = DemoCounty.ShiqiaoCommunity;
    private static readonly SemaphoreSlim Once = new(1, 1);
    private static Guid _twice;

    /// <summary>
    /// Six households sharing one phone (mz-phone-shared), the first one's member 86 without 高龄津贴 (mz-elderly-unpaid, so
    /// two checks), and three children under 16 marked 务工 (rs-child-worker); then the village's rules run. Returns the
    /// person failing two checks.
    /// </summary>
    private async Task<Guid> SeedAsync()
    {
        await Once.WaitAsync();
        try
        {
            if (_twice != Guid.Empty) return _twice;
            var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
            var s = server.Store.OpenSession(Accounts.CadreOf(Village), ChangeSource.Form);
            var from = new DateOnly(today.Year, today.Month, 1);
            for (var i = 0; i < 6; i++)
            {
                var hh = s.Create("household", Village, new Dictionary<string, object?> { ["name"] = $"校验户{i}" }, from);
                var person = s.Create("person", Village, new Dictionary<string, object?>
                {
                    ["name"] = $"校验户{i}", ["household"] = hh, ["phone"] = "13900139000",
                    ["id_number"] = IdNumbers.Valid(i == 0 ? new DateOnly(1940, 3, 3) : new DateOnly(1970, 3, 3), 700 + i),
                }, from);
                if (i != 0) continue;
                _twice = person;
                for (var c = 0; c < 3; c++)
                    s.Create("person", Village, new Dictionary<string, object?>
                    {
                        ["name"] = $"校验孩子{c}", ["household"] = hh, ["employment_status"] = "务工",
                        ["id_number"] = IdNumbers.Valid(new DateOnly(2015, 6, 6), 710 + c),
                    }, from);
            }
            await s.SaveChangesAsync();
            var tree = new RegionTree(await server.Store.GetRegionsAsync());
            await server.Factory.Services.GetRequiredService<FindingsDeriver>().RefreshVillageAsync(tree.Find(Village)!, Period.Parse(server.CurrentPeriod));
            return _twice;
        }
        finally { Once.Release(); }
    }

    /// <summary>The open findings of the month in the village, by rule kind, as stored.</summary>
    private async Task<List<Finding>> OpenChecksAsync(string? rule = null)
    {
        var rules = server.Factory.Services.GetRequiredService<RuleBook>();
        return (await server.Store.ListFindingsAsync(Village, server.CurrentPeriod))
            .Where(f => f.EntityType == "person" && rules.Find(f.RuleId)?.Rule.Kind == RuleKind.Check && (rule is null || f.RuleId == rule))
            .ToList();
    }

    [Theory]
    [InlineData("cadre")]
    [InlineData("reviewer")]
    public async Task TheRosterListsExactlyThePersonsFailingACheckOrAnyCheck(string who)
    {
        await SeedAsync();
        var client = await server.SignedInAsync(who == "cadre" ? Accounts.CadreOf(Village) : Accounts.OtherTownshipReviewer);
        var childWorkers = (await OpenChecksAsync("rs-child-worker")).Select(f => f.EntityId).ToHashSet();
        Assert.Equal(3, childWorkers.Count);

        var page = await (await client.GetAsync($"/api/villages/{Village}/entities/person?check=rs-child-worker&take=100&period={server.CurrentPeriod}")).OkJsonAsync();
        Assert.Equal(childWorkers, Ids(page));
        Assert.Equal(childWorkers.Count, page.GetProperty("total").GetInt32());

        var any = (await OpenChecksAsync()).Select(f => f.EntityId).ToHashSet();
        var all = await (await client.GetAsync($"/api/villages/{Village}/entities/person?check=any&take=100&period={server.CurrentPeriod}")).OkJsonAsync();
        Assert.Equal(any, Ids(all));
        var everyone = await (await client.GetAsync($"/api/villages/{Village}/entities/person?take=1")).OkJsonAsync();
        Assert.True(any.Count < everyone.GetProperty("total").GetInt32(), "the filter must leave some persons out, or it proves nothing");
    }

    [Fact]
    public async Task SortingByFailingChecksPutsTheRecordWithTheMostProblemsFirst()
    {
        var twice = await SeedAsync();
        var counts = (await OpenChecksAsync()).GroupBy(f => f.EntityId).ToDictionary(g => g.Key, g => g.Count());
        Assert.True(counts[twice] >= 2, $"the seeded child fails {counts[twice]} check(s)");
        var cadre = await server.SignedInAsync(Accounts.CadreOf(Village));

        var page = await (await cadre.GetAsync($"/api/villages/{Village}/entities/person?sort=findings&desc=true&take=10&period={server.CurrentPeriod}")).OkJsonAsync();
        var listed = page.GetProperty("items").EnumerateArray().Select(i => counts.GetValueOrDefault(i.GetProperty("id").GetGuid())).ToList();
        Assert.Equal(counts.Values.Max(), listed[0]);
        Assert.Equal(listed.OrderByDescending(n => n).ToList(), listed);
    }

    [Theory]
    [InlineData("person", "check=no-such-rule", "校验规则")]
    [InlineData("person", "check=mz-dibao-persons-mismatch", "不能筛选")]
    [InlineData("household", "check=rs-child-worker", "不能筛选")]
    public async Task ACheckThatDoesNotExistOrConcernsOtherRecordsIsAChinese400(string type, string query, string words)
    {
        var cadre = await server.SignedInAsync(Accounts.CadreOf(Village));
        using var response = await cadre.GetAsync($"/api/villages/{Village}/entities/{type}?{query}");
        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains(words, problem.Detail());
        Assert.True(Http.IsChinese(problem.Detail()));
    }

    private static HashSet<Guid> Ids(JsonElement page) =>
        page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToHashSet();
}
