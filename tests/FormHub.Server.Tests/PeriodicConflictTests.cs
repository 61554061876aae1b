using System.Net;
using System.Text.Json;
using FormHub.Server.Tests.Infrastructure;

namespace FormHub.Server.Tests;

/// <summary>
/// Two tabs saving the same household's 本月低保金发放金额 (issue 13, item 3): the second is told with a 409 naming the
/// value and the month, and nothing of its batch is saved; a save without the version read is refused.
/// </summary>
[Collection(SqliteServerCollection.Name)]
public sealed class PeriodicConflictTests(SqliteServer server)
{
    private const string Village = DemoCounty.Lingxia;

    [Fact]
    public Task TheSecondOfTwoTabsSavingTheSameMonthlyValueGetsA409AndNothingOfItsBatchIsSaved() => SecondTabIsToldAsync(server, Village);

    internal static async Task SecondTabIsToldAsync(ServerFixture server, string village)
    {
        var cadre = await server.SignedInAsync(Accounts.CadreOf(village));
        var period = server.CurrentPeriod;
        var households = (await (await cadre.GetAsync($"/api/villages/{village}/entities/household?take=50&period={period}")).OkJsonAsync()).GetProperty("items");
        // Both tabs read a household whose 低保金 of the month is not entered yet, and another household.
        var household = households.EnumerateArray().First(h => !h.GetProperty("periodic").TryGetProperty("dibao_amount", out var v) || v.ValueKind == JsonValueKind.Null);
        var other = households.EnumerateArray().First(h => h.GetProperty("id").GetGuid() != household.GetProperty("id").GetGuid());
        var versionRead = household.GetProperty("periodicVersions").TryGetProperty("dibao_amount", out var read) ? read.GetInt64() : 0;
        var otherAddress = (string?)(await server.Store.GetAsync(other.GetProperty("id").GetGuid()))!["address"];
        object Save(decimal amount, string? address) => new
        {
            period,
            operations = new object[]
            {
                address is null ? new { op = "change", id = other.GetProperty("id").GetGuid(), version = other.GetProperty("version").GetInt64(), fields = new Dictionary<string, object>() }
                    : new { op = "change", id = other.GetProperty("id").GetGuid(), version = other.GetProperty("version").GetInt64(), fields = new Dictionary<string, object> { ["address"] = address } },
                new { op = "change", id = household.GetProperty("id").GetGuid(), version = household.GetProperty("version").GetInt64(),
                    periodic = new Dictionary<string, object> { ["dibao_amount"] = amount }, periodicVersions = new Dictionary<string, long> { ["dibao_amount"] = versionRead } },
            }.Skip(address is null ? 1 : 0).ToArray(),
        };

        var first = await (await cadre.PostJsonAsync($"/api/villages/{village}/changes", Save(800m, null))).OkJsonAsync();
        var newVersion = first.GetProperty("periodicVersions").GetProperty(household.GetProperty("id").GetString()!).GetProperty("dibao_amount").GetInt64();
        Assert.Equal(versionRead + 1, newVersion);
        var before = await server.SnapshotAsync(village);
        using var second = await cadre.PostJsonAsync($"/api/villages/{village}/changes", Save(900m, "第二个标签页"));
        var problem = await second.ProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("「本月低保金发放金额」", problem.Detail());
        Assert.Contains($"{int.Parse(period[..4])}年{int.Parse(period[5..])}月", problem.Detail());
        Assert.Contains("本次保存未生效", problem.Detail());
        Assert.Equal(before, await server.SnapshotAsync(village));
        var stored = await (await cadre.GetAsync($"/api/villages/{village}/entities/household/{household.GetProperty("id").GetGuid()}?period={period}")).OkJsonAsync();
        Assert.Equal(800m, stored.GetProperty("periodic").GetProperty("dibao_amount").GetDecimal());
        Assert.Equal(newVersion, stored.GetProperty("periodicVersions").GetProperty("dibao_amount").GetInt64());
        Assert.Equal(otherAddress, (string?)(await server.Store.GetAsync(other.GetProperty("id").GetGuid()))!["address"]);
    }

    [Fact]
    public async Task AChangeOfAMonthlyValueWithoutTheVersionReadIsRefused()
    {
        var cadre = await server.SignedInAsync(Accounts.CadreOf(Village));
        var household = (await server.EntitiesAsync(Village, "household", 3))[2];
        var before = await server.SnapshotAsync(Village);
        using var response = await cadre.PostJsonAsync($"/api/villages/{Village}/changes", new
        {
            period = server.CurrentPeriod,
            operations = new[] { new { op = "change", id = household.Id, version = household.Version, periodic = new Dictionary<string, object> { ["dibao_amount"] = 1m } } },
        });
        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("periodicVersions", problem.Detail());
        Assert.Equal(before, await server.SnapshotAsync(Village));
    }
}
