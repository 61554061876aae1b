using FormHub.Server.Tests.Infrastructure;

namespace FormHub.Server.Tests;

/// <summary>Dates that cannot be true (issue 13, item 4), through the API: refused with the date named, nothing written.</summary>
[Collection(SqliteServerCollection.Name)]
public sealed class ImpossibleDateTests(SqliteServer server)
{
    private const string Village = DemoCounty.Lingxia;

    [Fact]
    public async Task AFactValidFromTheYear9999IsRefused()
    {
        var household = (await server.EntitiesAsync(Village, "household", 1))[0];
        await BadInputTests.AssertFieldRefusedAsync(server, Village, "validFrom", "晚于今天",
            new { op = "change", id = household.Id, version = household.Version, validFrom = "9999-12-31", fields = new Dictionary<string, object> { ["address"] = "未来的住址" } });
    }

    [Fact]
    public async Task ADeathDatedIn2030IsRefused()
    {
        var person = (await server.EntitiesAsync(Village, "person", 1))[0];
        await BadInputTests.AssertFieldRefusedAsync(server, Village, "date", "晚于今天",
            new { op = "retire", id = person.Id, version = person.Version, date = "2030-01-01", reason = "death" });
    }

    [Fact]
    public async Task AResidentRegisteredBeforeTheirBirthIsRefused()
    {
        // Born today and registered from yesterday, in the open current month: the demo's past months are approved, and a
        // date reaching one is refused as frozen (申请更正) before the store looks at the birth date.
        var household = (await server.EntitiesAsync(Village, "household", 1))[0];
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var operation = new { op = "create", entityType = "person", validFrom = today.AddDays(-1).ToString("yyyy-MM-dd"),
            fields = new Dictionary<string, object> { ["name"] = "未生先登", ["id_number"] = IdNumbers.Valid(today, 77), ["household"] = household.Id } };
        if (today.Day > 1)
        {
            await BadInputTests.AssertFieldRefusedAsync(server, Village, "validFrom", "早于本人出生日期", operation);
            return;
        }
        var cadre = await server.SignedInAsync(Accounts.CadreOf(Village));
        using var response = await cadre.PostJsonAsync($"/api/villages/{Village}/changes", new { period = server.CurrentPeriod, operations = new[] { operation } });
        Assert.Contains("申请更正", (await response.ProblemAsync(System.Net.HttpStatusCode.Conflict)).Detail());
    }
}
