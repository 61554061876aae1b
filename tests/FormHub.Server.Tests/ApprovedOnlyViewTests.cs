using FormHub.Core.Periods;
using FormHub.Server.Tests.Infrastructure;

namespace FormHub.Server.Tests;

/// <summary>
/// Issue 14, departments: the report view limited to approved villages (approvedOnly=true). This month no village of the
/// demo county is approved yet, so the limited county table is empty and says all 22 are left out; last month every
/// village was approved, so the limited table is the full one.
/// </summary>
[Collection(SqliteServerCollection.Name)]
public sealed class ApprovedOnlyViewTests(SqliteServer server)
{
    private const string Dibao = "mz-dibao-monthly";

    [Fact]
    public async Task TheLimitedViewLeavesOutVillagesNotApprovedAndSaysHowMany()
    {
        var department = await server.SignedInAsync(Accounts.Department);
        var last = Period.Parse(server.CurrentPeriod).Previous.Key;
        var full = await (await department.GetAsync($"/api/reports/{Dibao}/{DemoCounty.County}?period={last}")).OkJsonAsync();
        var limited = await (await department.GetAsync($"/api/reports/{Dibao}/{DemoCounty.County}?period={last}&approvedOnly=true")).OkJsonAsync();
        Assert.True(limited.GetProperty("approvedOnly").GetBoolean());
        Assert.Equal(full.GetProperty("rows").ToString(), limited.GetProperty("rows").ToString());
        Assert.Equal("仅含已审核通过的村 22 个", limited.GetProperty("draftNote").GetString());

        var current = await (await department.GetAsync($"/api/reports/{Dibao}/{DemoCounty.County}?period={server.CurrentPeriod}&approvedOnly=true")).OkJsonAsync();
        var approved = current.GetProperty("completeness").GetProperty("approved").GetInt32();
        Assert.Contains($"仅含已审核通过的村 {approved} 个，未审核村 {22 - approved} 个未计入", current.GetProperty("draftNote").GetString());
        if (approved == 0)
            Assert.All(current.GetProperty("rows").EnumerateArray(), r => Assert.All(r.GetProperty("values").EnumerateArray(), v => Assert.Equal(System.Text.Json.JsonValueKind.Null, v.ValueKind)));
    }
}
