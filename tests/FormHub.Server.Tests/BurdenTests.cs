using FormHub.Server.Tests.Infrastructure;

namespace FormHub.Server.Tests;

/// <summary>The burden figure (减负账) from the API: cells FormHub delivers against values the cadre actually typed.</summary>
[Collection(SqliteServerCollection.Name)]
public sealed class BurdenTests(SqliteServer server)
{
    [Fact]
    public async Task TheAdminGetsTheCountysBurdenFigure()
    {
        var admin = await server.SignedInAsync(Accounts.Admin);
        var figure = await (await admin.GetAsync($"/api/units/{DemoCounty.County}/burden")).OkJsonAsync();
        Assert.Equal(DemoCounty.County, figure.GetProperty("unitCode").GetString());
        Assert.Equal("清溪县", figure.GetProperty("unitName").GetString());
        Assert.Equal(server.CurrentPeriod, figure.GetProperty("period").GetString());
        Assert.Equal(22, figure.GetProperty("villages").GetInt32());
        Assert.True(figure.GetProperty("reports").GetInt32() > 0);
        Assert.True(figure.GetProperty("cellsDelivered").GetInt64() > 0);
        Assert.True(figure.GetProperty("valuesTyped").GetInt64() >= 0);
        Assert.InRange(figure.GetProperty("fillFreeRate").GetDecimal(), 0m, 100m);
        Assert.Contains("免填率", figure.GetProperty("summary").GetString());
    }

    [Fact]
    public async Task TwoFieldsSavedThroughTheApiRaiseTheVillagesValuesTypedByTwo()
    {
        const string village = DemoCounty.Xintang;
        var admin = await server.SignedInAsync(Accounts.Admin);
        var cadre = await server.SignedInAsync(Accounts.CadreOf(village));
        async Task<(long Village, long Township, long County)> TypedAsync() => (
            (await (await admin.GetAsync($"/api/units/{village}/burden")).OkJsonAsync()).GetProperty("valuesTyped").GetInt64(),
            (await (await admin.GetAsync($"/api/units/{DemoCounty.Shiqiao}/burden")).OkJsonAsync()).GetProperty("valuesTyped").GetInt64(),
            (await (await admin.GetAsync($"/api/units/{DemoCounty.County}/burden")).OkJsonAsync()).GetProperty("valuesTyped").GetInt64());

        var before = await TypedAsync();
        var household = (await server.EntitiesAsync(village, "household", 1))[0];
        await (await cadre.PostJsonAsync($"/api/villages/{village}/changes", new
        {
            period = server.CurrentPeriod,
            operations = new[] { new { op = "change", id = household.Id, version = household.Version, fields = new Dictionary<string, object> { ["address"] = "3组8号", ["dibao_persons"] = 3 } } },
        })).OkJsonAsync();

        Assert.Equal((before.Village + 2, before.Township + 2, before.County + 2), await TypedAsync());
        var form = await (await cadre.GetAsync($"/api/villages/{village}/form")).OkJsonAsync();
        Assert.Equal(before.Village + 2, form.GetProperty("burden").GetProperty("valuesTyped").GetInt64());
    }
}
