using System.Net;
using System.Text.Json;
using FormHub.Server.Tests.Infrastructure;

namespace FormHub.Server.Tests;

/// <summary>
/// A village's month from draft to approved and back: the cadre edits and submits, the reviewer returns with a comment,
/// the cadre fixes and resubmits, the reviewer approves (freezing the month), the cadre reopens it as a revision.
/// </summary>
[Collection(SqliteServerCollection.Name)]
public sealed class WorkflowTests(SqliteServer server)
{
    [Fact]
    public Task AMonthGoesFromDraftThroughReturnAndApprovalToARevision() => RoundTripAsync(server, DemoCounty.Guihua, DemoCounty.Qingxi);

    internal static async Task RoundTripAsync(ServerFixture server, string village, string township)
    {
        var period = server.CurrentPeriod;
        var cadre = await server.SignedInAsync(Accounts.CadreOf(village));
        var reviewer = await server.SignedInAsync(Accounts.ReviewerOf(township));
        var changes = $"/api/villages/{village}/changes";
        var submission = $"/api/villages/{village}/submission";
        var review = $"/api/review/villages/{village}";

        // The cadre edits a person and adds a household in one batch.
        var form = await FormAsync(cadre, village, period);
        Assert.Equal("draft", Status(form));
        Assert.True(form.GetProperty("editable").GetBoolean());
        var person = (await (await cadre.GetAsync($"/api/villages/{village}/entities/person?take=1")).OkJsonAsync()).GetProperty("items")[0];
        var personId = person.GetProperty("id").GetGuid();
        var personVersion = person.GetProperty("version").GetInt64();
        var saved = await (await cadre.PostJsonAsync(changes, new
        {
            period,
            operations = new object[]
            {
                new { op = "change", id = personId, version = personVersion, fields = new Dictionary<string, object> { ["residence_status"] = "外出", ["phone"] = "13912345678" } },
                new { op = "create", entityType = "household", fields = new Dictionary<string, object> { ["name"] = "新立户", ["household_number"] = "XLH0001", ["address"] = "5组1号" } },
            },
        })).OkJsonAsync();
        var ids = saved.GetProperty("ids");
        Assert.Equal(JsonValueKind.Null, ids[0].ValueKind);
        var householdId = ids[1].GetGuid();
        Assert.Equal(personVersion + 1, saved.GetProperty("versions").GetProperty(personId.ToString()).GetInt64());
        var householdVersion = saved.GetProperty("versions").GetProperty(householdId.ToString()).GetInt64();
        var edited = await (await cadre.GetAsync($"/api/villages/{village}/entities/person/{personId}")).OkJsonAsync();
        Assert.Equal("外出", edited.GetProperty("fields").GetProperty("residence_status").GetString());
        var added = await (await cadre.GetAsync($"/api/villages/{village}/entities/household/{householdId}")).OkJsonAsync();
        Assert.Equal("新立户", added.GetProperty("fields").GetProperty("name").GetString());

        // Submitted: the cadre can no longer save.
        var submitted = await (await cadre.PostJsonAsync(submission, new { period, action = "submit", version = Version(form) })).OkJsonAsync();
        Assert.Equal("submitted", submitted.GetProperty("status").GetString());
        var before = await server.SnapshotAsync(village);
        using (var refused = await cadre.PostJsonAsync(changes, ChangeAddress(period, householdId, householdVersion, "5组2号")))
            Assert.Contains("已提交", (await refused.ProblemAsync(HttpStatusCode.Conflict)).Detail());
        Assert.Equal(before, await server.SnapshotAsync(village));
        Assert.False((await FormAsync(cadre, village, period)).GetProperty("editable").GetBoolean());

        // Returning needs a comment; the cadre sees it.
        foreach (var empty in new[] { null, "", "   " })
        {
            using var noComment = await reviewer.PostJsonAsync(review, new { period, action = "return", version = submitted.GetProperty("version").GetInt64(), comment = empty });
            Assert.Contains("退回意见", (await noComment.ProblemAsync(HttpStatusCode.BadRequest)).Detail());
        }
        Assert.Equal(before, await server.SnapshotAsync(village));
        const string comment = "新立户的门牌号不对，请核实后重新提交。";
        var returned = await (await reviewer.PostJsonAsync(review, new { period, action = "return", version = submitted.GetProperty("version").GetInt64(), comment })).OkJsonAsync();
        Assert.Equal("returned", returned.GetProperty("status").GetString());
        form = await FormAsync(cadre, village, period);
        Assert.Equal("returned", Status(form));
        Assert.Equal(comment, form.GetProperty("submission").GetProperty("comment").GetString());
        Assert.True(form.GetProperty("editable").GetBoolean());

        // The cadre fixes it and resubmits; a reviewer acting on the old version is told so.
        await (await cadre.PostJsonAsync(changes, ChangeAddress(period, householdId, householdVersion, "5组12号"))).OkJsonAsync();
        var resubmitted = await (await cadre.PostJsonAsync(submission, new { period, action = "submit", version = Version(form) })).OkJsonAsync();
        Assert.Equal("submitted", resubmitted.GetProperty("status").GetString());
        using (var stale = await reviewer.PostJsonAsync(review, new { period, action = "approve", version = submitted.GetProperty("version").GetInt64() }))
            Assert.Contains("已被他人更改", (await stale.ProblemAsync(HttpStatusCode.Conflict)).Detail());
        var approved = await (await reviewer.PostJsonAsync(review, new { period, action = "approve", version = resubmitted.GetProperty("version").GetInt64() })).OkJsonAsync();
        Assert.Equal("approved", approved.GetProperty("status").GetString());

        // Approved: frozen. Saving and submitting again are refused, and the month's report rows stay as approved.
        var reports = ReportValues(await (await reviewer.GetAsync($"/api/villages/{village}/reports?period={period}")).OkJsonAsync());
        before = await server.SnapshotAsync(village);
        using (var frozen = await cadre.PostJsonAsync(changes, ChangeAddress(period, householdId, householdVersion + 1, "5组13号")))
            Assert.Contains("已审核通过", (await frozen.ProblemAsync(HttpStatusCode.Conflict)).Detail());
        using (var again = await cadre.PostJsonAsync(submission, new { period, action = "submit", version = approved.GetProperty("version").GetInt64() }))
            await again.ProblemAsync(HttpStatusCode.Conflict);
        form = await FormAsync(cadre, village, period);
        Assert.Equal("approved", Status(form));
        Assert.False(form.GetProperty("editable").GetBoolean());
        Assert.Equal(before, await server.SnapshotAsync(village));
        await Task.Delay(TimeSpan.FromSeconds(1)); // several materializer polls
        Assert.Equal(reports, ReportValues(await (await reviewer.GetAsync($"/api/villages/{village}/reports?period={period}")).OkJsonAsync()));

        // A correction is requested (a reason is required): the month stays frozen until the reviewer grants it; then it
        // reopens as revision 1 and the cadre may save again.
        using (var noReason = await cadre.PostJsonAsync(submission, new { period, action = "revise", version = Version(form) }))
            await noReason.ProblemAsync(HttpStatusCode.BadRequest);
        var requested = await (await cadre.PostJsonAsync(submission, new { period, action = "revise", version = Version(form), reason = "新立户门牌号录入有误" })).OkJsonAsync();
        Assert.Equal("revisionRequested", requested.GetProperty("status").GetString());
        Assert.Equal(0, requested.GetProperty("revision").GetInt32());
        using (var stillFrozen = await cadre.PostJsonAsync(changes, ChangeAddress(period, householdId, householdVersion + 1, "5组13号")))
            Assert.Contains("已审核通过", (await stillFrozen.ProblemAsync(HttpStatusCode.Conflict)).Detail());
        var revised = await (await reviewer.PostJsonAsync(review, new { period, action = "grantRevision", version = requested.GetProperty("version").GetInt64() })).OkJsonAsync();
        Assert.Equal("draft", revised.GetProperty("status").GetString());
        Assert.Equal(1, revised.GetProperty("revision").GetInt32());
        await (await cadre.PostJsonAsync(changes, ChangeAddress(period, householdId, householdVersion + 1, "5组13号"))).OkJsonAsync();

        // The audit lines tell the story in order, and the reviewer's board shows the revision.
        var audit = await (await reviewer.GetAsync($"/api/villages/{village}/audit?period={period}")).OkJsonAsync();
        var steps = audit.EnumerateArray().Reverse().Select(a => a.GetProperty("action").GetString())
            .Where(a => a is "submit" or "return" or "approve" or "request-revision" or "revise").ToList();
        Assert.Equal(["submit", "return", "submit", "approve", "request-revision", "revise"], steps);
        var board = await (await reviewer.GetAsync($"/api/review/{township}/villages?period={period}")).OkJsonAsync();
        var row = board.GetProperty("villages").EnumerateArray().Single(v => v.GetProperty("code").GetString() == village);
        Assert.Equal(1, row.GetProperty("revision").GetInt32());
        Assert.Equal("draft", row.GetProperty("status").GetString());
    }

    [Fact]
    public async Task SubmittingWithAFailingErrorCheckIsRefusedAndNamesTheCheck()
    {
        const string village = DemoCounty.Daping;
        var period = server.CurrentPeriod;
        var cadre = await server.SignedInAsync(Accounts.CadreOf(village));
        var persons = (await (await cadre.GetAsync($"/api/villages/{village}/entities/person?take=100")).OkJsonAsync()).GetProperty("items");
        var young = persons.EnumerateArray().First(p => p.GetProperty("fields").TryGetProperty("age", out var age) && age.ValueKind == JsonValueKind.Number && age.GetInt32() < 60);
        object Allowance(decimal? amount, long versionRead) => new
        {
            period,
            operations = new[] { new { op = "change", id = young.GetProperty("id").GetGuid(), version = young.GetProperty("version").GetInt64(),
                periodic = new Dictionary<string, object?> { ["elderly_allowance_amount"] = amount },
                periodicVersions = new Dictionary<string, long> { ["elderly_allowance_amount"] = versionRead } } },
        };

        // 高龄津贴 paid to someone under 80: an error-level check of mz-elderly-allowance-monthly.
        await (await cadre.PostJsonAsync($"/api/villages/{village}/changes", Allowance(100m, 0))).OkJsonAsync();
        var checks = await (await cadre.GetAsync($"/api/villages/{village}/checks?period={period}")).OkJsonAsync();
        Assert.Contains(checks.EnumerateArray(), c => !c.GetProperty("passed").GetBoolean() && c.GetProperty("level").GetString() == "error"
                                                      && c.GetProperty("message").GetString()!.Contains("未满80周岁"));
        var before = await server.SnapshotAsync(village);
        using (var refused = await cadre.PostJsonAsync($"/api/villages/{village}/submission", new { period, action = "submit", version = before.SubmissionVersion }))
        {
            var problem = await refused.ProblemAsync(HttpStatusCode.BadRequest);
            Assert.Contains("未满80周岁", problem.Detail());
            Assert.Contains(problem.GetProperty("failingChecks").EnumerateArray(), c => c.GetProperty("templateId").GetString() == "mz-elderly-allowance-monthly");
        }
        Assert.Equal(before, await server.SnapshotAsync(village));

        // Cleared, the month can be submitted.
        await (await cadre.PostJsonAsync($"/api/villages/{village}/changes", Allowance(null, 1))).OkJsonAsync();
        var submitted = await (await cadre.PostJsonAsync($"/api/villages/{village}/submission", new { period, action = "submit", version = before.SubmissionVersion })).OkJsonAsync();
        Assert.Equal("submitted", submitted.GetProperty("status").GetString());
    }

    [Fact]
    public async Task ASaveIntoAnApprovedPastMonthIsRefused()
    {
        // The demo's past months were filed and approved.
        const string village = DemoCounty.Yangliu;
        var lastMonth = Core.Periods.Period.Parse(server.CurrentPeriod).Previous.Key;
        var cadre = await server.SignedInAsync(Accounts.CadreOf(village));
        var household = (await server.EntitiesAsync(village, "household", 1))[0];
        var before = await server.SnapshotAsync(village);
        using var response = await cadre.PostJsonAsync($"/api/villages/{village}/changes", ChangeAddress(lastMonth, household.Id, household.Version, "补录住址"));
        Assert.Contains("已审核通过", (await response.ProblemAsync(HttpStatusCode.Conflict)).Detail());
        Assert.Equal(before, await server.SnapshotAsync(village));
    }

    [Fact]
    public async Task AChangeOrRetirementDatedInAnApprovedMonthIsRefusedThroughALaterOpenMonthNamingTheMonthAndTheRevision()
    {
        // The demo's past months were filed and approved; this month is open.
        const string village = DemoCounty.Yangliu;
        var current = Core.Periods.Period.Parse(server.CurrentPeriod);
        var lastMonth = current.Previous;
        var cadre = await server.SignedInAsync(Accounts.CadreOf(village));
        var household = (await server.EntitiesAsync(village, "household", 200)).First(h => (string?)h["dibao_status"] != "在保");
        var before = await server.SnapshotAsync(village);
        var backDated = lastMonth.Start.AddDays(9);

        // Saved in this month, but said to be true since the 10th of last month: it would change last month's approved reports.
        foreach (var operation in new object[]
        {
            new { op = "change", id = household.Id, version = household.Version, validFrom = backDated,
                  fields = new Dictionary<string, object> { ["dibao_status"] = "在保", ["dibao_persons"] = 3 } },
            new { op = "retire", id = household.Id, version = household.Version, date = backDated, reason = "movedOut" },
        })
        {
            using var response = await cadre.PostJsonAsync($"/api/villages/{village}/changes", new { period = current.Key, operations = new[] { operation } });
            var detail = (await response.ProblemAsync(HttpStatusCode.Conflict)).Detail();
            Assert.Contains(lastMonth.DisplayZh, detail);
            Assert.Contains("申请更正", detail);
        }
        Assert.Equal(before, await server.SnapshotAsync(village));

        // Dated in this month, the same change is a fact of this month only and is saved.
        await (await cadre.PostJsonAsync($"/api/villages/{village}/changes", new
        {
            period = current.Key,
            operations = new[]
            {
                new { op = "change", id = household.Id, version = household.Version, validFrom = current.Start,
                      fields = new Dictionary<string, object> { ["dibao_status"] = "在保", ["dibao_persons"] = 3 } },
            },
        })).OkJsonAsync();
    }

    private static async Task<JsonElement> FormAsync(HttpClient client, string village, string period) =>
        await (await client.GetAsync($"/api/villages/{village}/form?period={period}")).OkJsonAsync();

    private static string? Status(JsonElement form) => form.GetProperty("submission").GetProperty("status").GetString();

    private static long Version(JsonElement form) => form.GetProperty("submission").GetProperty("version").GetInt64();

    /// <summary>Each report's values and narrative (not the time it was computed).</summary>
    private static List<string> ReportValues(JsonElement reports) =>
        reports.EnumerateArray().Select(r => $"{r.GetProperty("templateId")}: {r.GetProperty("values").GetRawText()} {r.GetProperty("narrative")}").ToList();

    private static object ChangeAddress(string period, Guid id, long version, string address) => new
    {
        period,
        operations = new[] { new { op = "change", id, version, fields = new Dictionary<string, object> { ["address"] = address } } },
    };
}
