using System.Net;
using System.Text.Json;
using FormHub.Server.Tests.Infrastructure;
using FormHub.Storage.Model;

namespace FormHub.Server.Tests;

/// <summary>
/// Issue 14: the roster API filters (age band, status, 低保/特困/残疾) and sorts, for the village's cadre and for the
/// township reviewer alike, against what the store holds; a filter or order it does not know is a Chinese 400.
/// </summary>
[Collection(SqliteServerCollection.Name)]
public sealed class RosterFilterApiTests(SqliteServer server)
{
    private const string Village = DemoCounty.Shangtang; // read-only

    [Fact]
    public async Task TheReviewerGetsExactlyTheDibaoHouseholds()
    {
        var reviewer = await server.SignedInAsync(Accounts.Reviewer);
        // the first read-only village of the reviewer's township with some 在保 households, and some not
        string? village = null; HashSet<Guid> expected = [];
        foreach (var candidate in new[] { DemoCounty.Shangtang, DemoCounty.Shimen, DemoCounty.Chengguan })
        {
            var households = await AllAsync("household", candidate);
            expected = households.Where(h => (string?)h["dibao_status"] == "在保").Select(h => h.Id).ToHashSet();
            if (expected.Count > 0 && expected.Count < households.Count) { village = candidate; break; }
        }
        Assert.NotNull(village);

        var page = await (await reviewer.GetAsync($"/api/villages/{village}/entities/household?dibao=true&take=100")).OkJsonAsync();
        Assert.Equal(expected.Count, page.GetProperty("total").GetInt32());
        Assert.Equal(expected, page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToHashSet());
    }

    [Fact]
    public async Task HouseholdsWithADisabledMemberAreFoundThroughTheirMembers()
    {
        var cadre = await server.SignedInAsync(Accounts.SameTownshipCadre);
        var withDisabled = (await AllAsync("person")).Where(p => p["disability_grade"] is string)
            .Select(p => Guid.Parse((string)p["household"]!)).ToHashSet();
        Assert.NotEmpty(withDisabled);

        var page = await (await cadre.GetAsync($"/api/villages/{Village}/entities/household?disability=true&take=100")).OkJsonAsync();
        Assert.Equal(withDisabled, page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToHashSet());
    }

    [Fact]
    public async Task PersonsSortByAgeDescendingWithinTheAgeBandAndPageOnTheFilteredList()
    {
        var reviewer = await server.SignedInAsync(Accounts.Reviewer);
        var first = await (await reviewer.GetAsync($"/api/villages/{Village}/entities/person?age=18-59&sort=age&desc=true&take=10")).OkJsonAsync();
        var second = await (await reviewer.GetAsync($"/api/villages/{Village}/entities/person?age=18-59&sort=age&desc=true&take=10&skip=10")).OkJsonAsync();
        var ages = Ages(first).Concat(Ages(second)).ToList();
        Assert.Equal(20, ages.Count);
        Assert.All(ages, a => Assert.InRange(a, 18, 59));
        Assert.Equal(ages.OrderByDescending(a => a).ToList(), ages);
        Assert.Equal(first.GetProperty("total").GetInt32(), second.GetProperty("total").GetInt32());
        Assert.True(first.GetProperty("total").GetInt32() < (await AllAsync("person")).Count);
    }

    [Theory]
    [InlineData("person", "age=old", "年龄段")]
    [InlineData("person", "age=60-20", "年龄段")]
    [InlineData("household", "age=60-", "年龄")]
    [InlineData("person", "status=alive", "状态")]
    [InlineData("person", "dibao=maybe", "dibao")]
    [InlineData("person", "disability=yes", "disability")]
    [InlineData("person", "sort=id_number", "排序")]
    [InlineData("household", "sort=age", "排序")]
    public async Task AFilterOrOrderTheRosterDoesNotKnowIsAChinese400(string type, string query, string words)
    {
        var cadre = await server.SignedInAsync(Accounts.SameTownshipCadre);
        using var response = await cadre.GetAsync($"/api/villages/{Village}/entities/{type}?{query}");
        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains(words, problem.Detail());
        Assert.True(Http.IsChinese(problem.Detail()));
    }

    private async Task<List<EntityDocument>> AllAsync(string type, string village = Village) =>
        (await server.Store.ListAsync(new EntityQuery(village, type) { Take = 1000 })).Items.ToList();

    private static IEnumerable<int> Ages(JsonElement page) =>
        page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("fields").GetProperty("age").GetInt32());
}
