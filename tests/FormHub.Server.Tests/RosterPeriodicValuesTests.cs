using System.Text.Json;
using FormHub.Server.Tests.Infrastructure;

namespace FormHub.Server.Tests;

/// <summary>
/// A roster page shows each record's periodic values of the month as the record itself does: the month's value and the
/// year's for a yearly field, with the versions a save sends back (on Marten the page brings them in its own round trip).
/// </summary>
[Collection(SqliteServerCollection.Name)]
public sealed class RosterPeriodicValuesTests(SqliteServer server)
{
    [Fact]
    public Task ARosterPageShowsTheMonthsAndTheYearsValuesWithTheirVersions() => PageShowsValuesAsync(server, DemoCounty.Huangkeng);

    internal static async Task PageShowsValuesAsync(ServerFixture server, string village)
    {
        var cadre = await server.SignedInAsync(Accounts.CadreOf(village));
        var period = server.CurrentPeriod;
        var pageUrl = $"/api/villages/{village}/entities/household?take=50&period={period}";
        var household = (await (await cadre.GetAsync(pageUrl)).OkJsonAsync()).GetProperty("items")[1];
        var id = household.GetProperty("id").GetGuid();
        long VersionRead(string field) => household.GetProperty("periodicVersions").TryGetProperty(field, out var v) ? v.GetInt64() : 0;
        var monthly = VersionRead("dibao_amount");
        var yearly = VersionRead("per_capita_net_income");
        await (await cadre.PostJsonAsync($"/api/villages/{village}/changes", new
        {
            period,
            operations = new[]
            {
                new { op = "change", id, version = household.GetProperty("version").GetInt64(),
                    periodic = new Dictionary<string, object> { ["dibao_amount"] = 612.5m, ["per_capita_net_income"] = 8800m },
                    periodicVersions = new Dictionary<string, long> { ["dibao_amount"] = monthly, ["per_capita_net_income"] = yearly } },
            },
        })).OkJsonAsync();

        var onPage = (await (await cadre.GetAsync(pageUrl)).OkJsonAsync()).GetProperty("items").EnumerateArray().Single(h => h.GetProperty("id").GetGuid() == id);
        var alone = await (await cadre.GetAsync($"/api/villages/{village}/entities/household/{id}?period={period}")).OkJsonAsync();
        Assert.Equal(612.5m, onPage.GetProperty("periodic").GetProperty("dibao_amount").GetDecimal());
        Assert.Equal(8800m, onPage.GetProperty("periodic").GetProperty("per_capita_net_income").GetDecimal());
        Assert.Equal(monthly + 1, onPage.GetProperty("periodicVersions").GetProperty("dibao_amount").GetInt64());
        Assert.Equal(yearly + 1, onPage.GetProperty("periodicVersions").GetProperty("per_capita_net_income").GetInt64());
        Assert.Equal(alone.GetProperty("periodic").GetRawText(), onPage.GetProperty("periodic").GetRawText());
        Assert.Equal(alone.GetProperty("periodicVersions").GetRawText(), onPage.GetProperty("periodicVersions").GetRawText());
    }
}
