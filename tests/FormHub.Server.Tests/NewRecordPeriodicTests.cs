using FormHub.Core.Periods;
using FormHub.Server.Tests.Infrastructure;

namespace FormHub.Server.Tests;

/// <summary>
/// A new record's periodic values are given, like a change's, as the filing month: the store keeps each under its field's
/// own period, so a yearly value entered with a new household lands under the year, where the form and reports read it.
/// </summary>
[Collection(SqliteServerCollection.Name)]
public sealed class NewRecordPeriodicTests(SqliteServer server)
{
    private const string Village = DemoCounty.Lingxia;

    [Fact]
    public async Task ANewHouseholdsYearlyValueGivenForTheMonthIsKeptUnderTheYear()
    {
        var cadre = await server.SignedInAsync(Accounts.CadreOf(Village));
        var saved = await (await cadre.PostJsonAsync($"/api/villages/{Village}/changes", new
        {
            period = server.CurrentPeriod,
            operations = new object[]
            {
                new
                {
                    op = "create", entityType = "household",
                    fields = new Dictionary<string, object> { ["name"] = "年报新户", ["household_number"] = "NBX0001", ["address"] = "7组3号" },
                    periodic = new Dictionary<string, object> { ["per_capita_net_income"] = 12345.5m },
                },
            },
        })).OkJsonAsync();
        var id = saved.GetProperty("ids")[0].GetGuid();
        var year = Period.Containing(Period.Parse(server.CurrentPeriod).End, PeriodType.Yearly).Key;
        var kept = Assert.Single(await server.Store.GetPeriodicValuesAsync(Village, [year, server.CurrentPeriod], [id]));
        Assert.Equal((year, "per_capita_net_income", 12345.5m), (kept.Period, kept.Field, Convert.ToDecimal(kept.Value, System.Globalization.CultureInfo.InvariantCulture)));
    }
}
