using System.Net;
using System.Text.Json;
using FormHub.Core.Periods;
using FormHub.Server.Tests.Infrastructure;

namespace FormHub.Server.Tests;

/// <summary>
/// What the reviewer decides and what the cadre may take back (issue 14): a submission is withdrawn until the reviewer
/// acts; a correction of an approved month is a request the reviewer grants or refuses with a reason; and the reviewer
/// reads what changed in the village since the last approved month, old → new, by whom, filterable by kind of record.
/// </summary>
[Collection(SqliteServerCollection.Name)]
public sealed class ReviewerDecisionTests(SqliteServer server)
{
    private const string Township = DemoCounty.YangliuTownship;

    [Fact]
    public async Task ACadreWithdrawsASubmissionUntilTheReviewerActsOnIt()
    {
        const string village = DemoCounty.Shuikou;
        var period = server.CurrentPeriod;
        var cadre = await server.SignedInAsync(Accounts.CadreOf(village));
        var submitted = await DepartmentCalls.SubmitAsync(server, village, period);
        Assert.Equal("submitted", submitted.GetProperty("status").GetString());

        var withdrawn = await (await cadre.PostJsonAsync($"/api/villages/{village}/submission",
            new { period, action = "withdraw", version = submitted.GetProperty("version").GetInt64() })).OkJsonAsync();
        Assert.Equal("draft", withdrawn.GetProperty("status").GetString());
        var form = await (await cadre.GetAsync($"/api/villages/{village}/form?period={period}")).OkJsonAsync();
        Assert.True(form.GetProperty("editable").GetBoolean());

        // Once the reviewer has approved, there is nothing to withdraw.
        var again = await DepartmentCalls.SubmitAsync(server, village, period);
        var approved = await DepartmentCalls.ApproveAsync(server, village, Township, period, again.GetProperty("version").GetInt64());
        using var late = await cadre.PostJsonAsync($"/api/villages/{village}/submission",
            new { period, action = "withdraw", version = approved.GetProperty("version").GetInt64() });
        Assert.Contains("只有已提交、尚未审核的才能撤回", (await late.ProblemAsync(HttpStatusCode.Conflict)).Detail());
    }

    [Fact]
    public async Task ARefusedCorrectionLeavesTheMonthApprovedWithTheReviewersReason()
    {
        const string village = DemoCounty.Chayuan;
        var lastMonth = Period.Parse(server.CurrentPeriod).Previous.Key; // approved by the demo seed
        var cadre = await server.SignedInAsync(Accounts.CadreOf(village));
        var reviewer = await server.SignedInAsync(Accounts.ReviewerOf(Township));
        var form = await (await cadre.GetAsync($"/api/villages/{village}/form?period={lastMonth}")).OkJsonAsync();
        var version = form.GetProperty("submission").GetProperty("version").GetInt64();

        var requested = await (await cadre.PostJsonAsync($"/api/villages/{village}/submission",
            new { period = lastMonth, action = "revise", version, reason = "低保金额录错" })).OkJsonAsync();
        Assert.Equal("revisionRequested", requested.GetProperty("status").GetString());
        var board = await (await reviewer.GetAsync($"/api/review/{Township}/villages?period={lastMonth}")).OkJsonAsync();
        Assert.Equal("revisionRequested", board.GetProperty("villages").EnumerateArray().Single(v => v.GetProperty("code").GetString() == village)
            .GetProperty("status").GetString());

        var requestVersion = requested.GetProperty("version").GetInt64();
        using (var noReason = await reviewer.PostJsonAsync($"/api/review/villages/{village}", new { period = lastMonth, action = "refuseRevision", version = requestVersion }))
            Assert.Contains("理由", (await noReason.ProblemAsync(HttpStatusCode.BadRequest)).Detail());
        using (var byCadre = await cadre.PostJsonAsync($"/api/review/villages/{village}", new { period = lastMonth, action = "grantRevision", version = requestVersion }))
            Assert.Equal(HttpStatusCode.Forbidden, byCadre.StatusCode);
        var refused = await (await reviewer.PostJsonAsync($"/api/review/villages/{village}",
            new { period = lastMonth, action = "refuseRevision", version = requestVersion, comment = "金额与发放台账一致，无需更正" })).OkJsonAsync();
        Assert.Equal("approved", refused.GetProperty("status").GetString());
        Assert.Equal(0, refused.GetProperty("revision").GetInt32());
        Assert.Contains("金额与发放台账一致", refused.GetProperty("comment").GetString());
        form = await (await cadre.GetAsync($"/api/villages/{village}/form?period={lastMonth}")).OkJsonAsync();
        Assert.False(form.GetProperty("editable").GetBoolean());
        var audit = await (await reviewer.GetAsync($"/api/villages/{village}/audit?period={lastMonth}")).OkJsonAsync();
        Assert.Contains(audit.EnumerateArray(), a => a.GetProperty("action").GetString() == "refuse-revision");
    }

    [Fact]
    public async Task TheReviewerReadsWhatChangedSinceTheLastApprovedMonthOldToNewByWhom()
    {
        const string village = DemoCounty.Gaoling;
        var period = server.CurrentPeriod;
        var cadre = await server.SignedInAsync(Accounts.CadreOf(village));
        var reviewer = await server.SignedInAsync(Accounts.ReviewerOf(Township));
        var household = (await (await cadre.GetAsync($"/api/villages/{village}/entities/household?take=1")).OkJsonAsync()).GetProperty("items")[0];
        var oldAddress = household.GetProperty("fields").TryGetProperty("address", out var a) && a.ValueKind == JsonValueKind.String ? a.GetString() : null;
        await (await cadre.PostJsonAsync($"/api/villages/{village}/changes", new
        {
            period,
            operations = new object[]
            {
                new { op = "change", id = household.GetProperty("id").GetGuid(), version = household.GetProperty("version").GetInt64(),
                    fields = new Dictionary<string, object> { ["address"] = "高岭3组8号（变动测试）" } },
                new { op = "create", entityType = "household", fields = new Dictionary<string, object> { ["name"] = "变动测试新户", ["household_number"] = "GLBD0001" } },
            },
        })).OkJsonAsync();

        var log = await (await reviewer.GetAsync($"/api/review/villages/{village}/changes?period={period}")).OkJsonAsync();
        Assert.Equal(Period.Parse(period).Previous.Key, log.GetProperty("sincePeriod").GetString());
        var entries = log.GetProperty("entries").EnumerateArray().ToList();
        var change = entries.Last(e => e.GetProperty("kind").GetString() == "changed" && e.GetProperty("entityId").GetGuid() == household.GetProperty("id").GetGuid());
        var address = change.GetProperty("changes").EnumerateArray().Single(c => c.GetProperty("field").GetString() == "address");
        Assert.Equal(oldAddress, address.GetProperty("old").ValueKind == JsonValueKind.Null ? null : address.GetProperty("old").GetString());
        Assert.Equal("高岭3组8号（变动测试）", address.GetProperty("new").GetString());
        Assert.Equal(Accounts.CadreOf(village), change.GetProperty("user").GetString());
        Assert.Contains(entries, e => e.GetProperty("kind").GetString() == "created" && e.GetProperty("entityName").GetString() == "变动测试新户");

        var persons = await (await reviewer.GetAsync($"/api/review/villages/{village}/changes?period={period}&entityType=person")).OkJsonAsync();
        Assert.All(persons.GetProperty("entries").EnumerateArray(), e => Assert.Equal("person", e.GetProperty("entityType").GetString()));
        using var unknown = await reviewer.GetAsync($"/api/review/villages/{village}/changes?period={period}&entityType=car");
        await unknown.ProblemAsync(HttpStatusCode.BadRequest);
    }
}
