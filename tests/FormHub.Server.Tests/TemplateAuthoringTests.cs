using System.Net;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using FormHub.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace FormHub.Server.Tests;

/// <summary>
/// 报表模板 in the store, authored through the API (issue 15 §3–4): the editor's checker and preview, admission, publishing
/// with effective_from, 停报, and a second server on the same database seeing a publish without a restart.
/// </summary>
[Collection(TemplateServerCollection.Name)]
public sealed class TemplateAuthoringTests(TemplateServer server)
{
    [Fact]
    public async Task TheCheckerPointsAtTheLineAndColumnOfAProblemInChinese()
    {
        var admin = await server.SignedInAsync(Accounts.Admin);
        var answer = await (await admin.PostJsonAsync("/api/admin/templates/check", new { yaml = TemplateDrafts.Pension(hh: "count(househods)") })).OkJsonAsync();

        Assert.False(answer.GetProperty("ok").GetBoolean());
        var problem = Assert.Single(answer.GetProperty("problems").EnumerateArray());
        Assert.Equal((10, 13), (problem.GetProperty("line").GetInt32(), problem.GetProperty("column").GetInt32()));
        Assert.Contains("househods", problem.GetProperty("message").GetString());
        Assert.True(Http.IsChinese(problem.GetProperty("message").GetString()!));

        var ok = await (await admin.PostJsonAsync("/api/admin/templates/check", new { yaml = TemplateDrafts.Pension() })).OkJsonAsync();
        Assert.True(ok.GetProperty("ok").GetBoolean());
        Assert.Equal(["household.dibao_status", "person.pension_amount"], ok.GetProperty("draft").GetProperty("fieldsRead").EnumerateArray().Select(f => f.GetString()));
    }

    [Fact]
    public async Task ACheckNamingARecordRuleTheServerDoesNotHaveIsAProblemAtItsIdWithTheNearestRule()
    {
        var admin = await server.SignedInAsync(Accounts.Admin);
        var yaml = TemplateDrafts.Pension() + """

            checks:
              - rule: row.pension >= 0
                message: 养老金发放总额不能为负
                records: mz-elderly-unpiad
            """;

        var answer = await (await admin.PostJsonAsync("/api/admin/templates/check", new { yaml })).OkJsonAsync();

        Assert.False(answer.GetProperty("ok").GetBoolean());
        var problem = Assert.Single(answer.GetProperty("problems").EnumerateArray());
        Assert.Equal((19, 14), (problem.GetProperty("line").GetInt32(), problem.GetProperty("column").GetInt32()));
        Assert.Equal("records 指向的记录级规则“mz-elderly-unpiad”不存在（是否应为“mz-elderly-unpaid”？）", problem.GetProperty("message").GetString());
        var fixedId = await (await admin.PostJsonAsync("/api/admin/templates/check", new { yaml = yaml.Replace("unpiad", "unpaid") })).OkJsonAsync();
        Assert.True(fixedId.GetProperty("ok").GetBoolean(), fixedId.ToString());
    }

    [Fact]
    public async Task APreviewOnTheCountyRollsUpItsTownshipsAndMatchesTheStoredDibaoReport()
    {
        var admin = await server.SignedInAsync(Accounts.Admin);
        var preview = await (await admin.PostJsonAsync("/api/admin/templates/preview",
            new { yaml = TemplateDrafts.Pension(), unit = DemoCounty.County, period = server.CurrentPeriod })).OkJsonAsync();

        Assert.Equal(4, preview.GetProperty("rows").GetArrayLength());
        var stored = await (await admin.GetAsync($"/api/reports/mz-dibao-monthly/{DemoCounty.County}?period={server.CurrentPeriod}")).OkJsonAsync();
        var total = preview.GetProperty("total").GetProperty("cells").GetProperty("dibao_hh").GetString();
        Assert.Contains(total!, stored.ToString());
        Assert.StartsWith("截至", preview.GetProperty("narrative").GetString());

        var village = await (await admin.PostJsonAsync("/api/admin/templates/preview",
            new { yaml = TemplateDrafts.Pension(), unit = DemoCounty.Shimen, period = server.CurrentPeriod })).OkJsonAsync();
        Assert.Equal(0, village.GetProperty("rows").GetArrayLength());
        Assert.Equal("石门村委会", village.GetProperty("unitName").GetString());
    }

    [Fact]
    public async Task APreviewForAPeriodOfAnotherKindOrWithABrokenDraftIsABadRequestWithItsProblems()
    {
        var admin = await server.SignedInAsync(Accounts.Admin);
        var quarter = await (await admin.PostJsonAsync("/api/admin/templates/preview",
            new { yaml = TemplateDrafts.Pension(), unit = DemoCounty.Shimen, period = "2026Q4" })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("月报", quarter.Detail());
        var broken = await (await admin.PostJsonAsync("/api/admin/templates/preview",
            new { yaml = TemplateDrafts.Pension(hh: "count(househods)"), unit = DemoCounty.Shimen, period = server.CurrentPeriod })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(10, broken.GetProperty("problems")[0].GetProperty("line").GetInt32());
    }

    [Fact]
    public async Task TheAdmissionAnalysisFindsTheNewFieldWithItsBurdenAndTheColumnDuplicatingTheDibaoReport()
    {
        var admin = await server.SignedInAsync(Accounts.Admin);
        var analysis = await (await admin.PostJsonAsync("/api/admin/admission/analysis", new { yaml = TemplateDrafts.Pension("mz-analysis-monthly") })).OkJsonAsync();

        var fields = analysis.GetProperty("fields").EnumerateArray().ToDictionary(f => f.GetProperty("key").GetString()!);
        Assert.True(fields["household.dibao_status"].GetProperty("alreadyKept").GetBoolean());
        Assert.Contains("mz-dibao-monthly", fields["household.dibao_status"].GetProperty("readBy").EnumerateArray().Select(x => x.GetString()));
        var pension = fields["person.pension_amount"];
        Assert.False(pension.GetProperty("alreadyKept").GetBoolean());
        Assert.Equal("人社", pension.GetProperty("ownerDepartment").GetString());
        // A periodic value: one per resident per month, across the county's 22 villages.
        var persons = 0L;
        foreach (var village in (await server.Store.GetRegionsAsync()).Where(u => u.Level == Core.OrgUnits.OrgLevel.Village))
            persons += (await server.Store.ListAsync(new Storage.Model.EntityQuery(village.Code.Value, "person") { Take = 1 })).Total;
        Assert.Equal(persons, pension.GetProperty("valuesPerPeriod").GetInt64());

        var duplicate = Assert.Single(analysis.GetProperty("duplicates").EnumerateArray());
        Assert.Equal(("dibao_hh", "mz-dibao-monthly", "hh"),
            (duplicate.GetProperty("column").GetString(), duplicate.GetProperty("templateId").GetString(), duplicate.GetProperty("otherColumn").GetString()));
        Assert.Equal(2 * 22, analysis.GetProperty("cellsPerPeriod").GetInt64());
        Assert.Equal(analysis.GetProperty("before").GetProperty("valuesTyped").GetInt64() + persons, analysis.GetProperty("after").GetProperty("valuesTyped").GetInt64());
    }

    [Fact]
    public async Task ADraftIsPublishedOnlyOnceAdmittedAndThenItsRowsForTheOpenMonthAreDerivedAndListed()
    {
        var admin = await server.SignedInAsync(Accounts.Admin);
        var yaml = TemplateDrafts.Pension("mz-published-monthly");
        var refused = await (await admin.PostJsonAsync("/api/admin/templates/publish", new { yaml, effectiveFrom = server.CurrentPeriod })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("准入", refused.Detail());
        Assert.Empty(await server.Store.GetReportRowsAsync("mz-published-monthly", 1, server.CurrentPeriod, DemoCounty.County));

        var decided = await (await admin.PostJsonAsync("/api/admin/admission/decisions", new { yaml, verdict = "admitted", reason = "民政局新增养老金统计" })).OkJsonAsync();
        Assert.Equal("准入", decided.GetProperty("verdictName").GetString());
        var published = await (await admin.PostJsonAsync("/api/admin/templates/publish", new { yaml, effectiveFrom = server.CurrentPeriod, note = "首版" })).OkJsonAsync();

        Assert.Equal(1, published.GetProperty("version").GetInt32());
        Assert.Equal([server.CurrentPeriod], published.GetProperty("recomputedPeriods").EnumerateArray().Select(p => p.GetString()));
        Assert.NotNull(await server.Store.GetReportRowAsync("mz-published-monthly", 1, server.CurrentPeriod, DemoCounty.County));
        Assert.NotNull(await server.Store.GetReportRowAsync("mz-published-monthly", 1, server.CurrentPeriod, DemoCounty.Shimen));
        var detail = await (await admin.GetAsync("/api/admin/templates/mz-published-monthly")).OkJsonAsync();
        Assert.Contains($"effective_from: {server.CurrentPeriod}", detail.GetProperty("yaml").GetString());
        var history = Assert.Single(detail.GetProperty("history").EnumerateArray());
        Assert.Equal(("published", "admin", "首版"), (history.GetProperty("kind").GetString(), history.GetProperty("user").GetString(), history.GetProperty("note").GetString()));

        var list = await (await admin.GetAsync("/api/admin/admission/list")).OkJsonAsync();
        var entry = list.EnumerateArray().Single(e => e.GetProperty("templateId").GetString() == "mz-published-monthly");
        Assert.Equal(("准入", "民政局新增养老金统计"), (entry.GetProperty("decision").GetString(), entry.GetProperty("reason").GetString()));

        // The department receives it: the report is among its published reports.
        var department = await server.SignedInAsync(Accounts.Department);
        Assert.Contains("mz-published-monthly", (await (await department.GetAsync("/api/reports")).OkJsonAsync()).ToString());

        var again = await (await admin.PostJsonAsync("/api/admin/templates/publish", new { yaml, effectiveFrom = server.CurrentPeriod })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("第2版", again.Detail());
    }

    [Fact]
    public async Task ANewVersionCannotTakeEffectInAPastPeriodAndAMergedOrRefusedDraftIsNotPublished()
    {
        var admin = await server.SignedInAsync(Accounts.Admin);
        var past = Core.Periods.Period.Parse(server.CurrentPeriod).Previous.Key;
        var v2 = (await (await admin.GetAsync("/api/admin/templates/mz-orphan-monthly/versions/1")).OkJsonAsync()).GetProperty("yaml").GetString()!
            .Replace("version: 1", $"version: 2\neffective_from: {past}");
        await (await admin.PostJsonAsync("/api/admin/admission/decisions", new { yaml = v2, verdict = "admitted", reason = "改版" })).OkJsonAsync();
        var refused = await (await admin.PostJsonAsync("/api/admin/templates/publish", new { yaml = v2, effectiveFrom = past })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("早于本期", refused.Detail());

        var merged = TemplateDrafts.Pension("mz-merged-monthly");
        await (await admin.PostJsonAsync("/api/admin/admission/decisions", new { yaml = merged, verdict = "merged", mergeInto = "mz-dibao-monthly", reason = "并入低保月报" })).OkJsonAsync();
        var notAdmitted = await (await admin.PostJsonAsync("/api/admin/templates/publish", new { yaml = merged, effectiveFrom = server.CurrentPeriod })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("合并到其他报表", notAdmitted.Detail());
        var noReason = await (await admin.PostJsonAsync("/api/admin/admission/decisions", new { yaml = merged, verdict = "refused", reason = " " })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("理由", noReason.Detail());
    }

    [Fact]
    public async Task AStoppedReportIsNotFiledFromThatPeriodOnAndCanBeResumed()
    {
        var admin = await server.SignedInAsync(Accounts.Admin);
        var past = Core.Periods.Period.Parse(server.CurrentPeriod).Previous.Key;
        var tooEarly = await (await admin.PostJsonAsync("/api/admin/templates/yj-hazard-monthly/stop", new { from = past, reason = "停" })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("早于本期", tooEarly.Detail());

        await (await admin.PostJsonAsync("/api/admin/templates/yj-hazard-monthly/stop", new { from = server.CurrentPeriod, reason = "并入应急月报" })).OkJsonAsync();
        var library = server.Factory.Services.GetRequiredService<Reports.TemplateLibrary>();
        Assert.Null(library.InForce("yj-hazard-monthly", Core.Periods.Period.Parse(server.CurrentPeriod)));
        Assert.NotNull(library.InForce("yj-hazard-monthly", Core.Periods.Period.Parse(past)));
        var listed = (await (await admin.GetAsync("/api/admin/templates")).OkJsonAsync()).EnumerateArray().Single(t => t.GetProperty("id").GetString() == "yj-hazard-monthly");
        Assert.Equal(server.CurrentPeriod, listed.GetProperty("stoppedFrom").GetString());
        Assert.DoesNotContain("yj-hazard-monthly", (await (await admin.GetAsync("/api/admin/admission/list")).OkJsonAsync()).ToString());

        await (await admin.PostAsync("/api/admin/templates/yj-hazard-monthly/resume", null)).OkJsonAsync();
        Assert.NotNull(library.InForce("yj-hazard-monthly", Core.Periods.Period.Parse(server.CurrentPeriod)));
    }

    [Fact]
    public async Task AnotherServerOnTheSameDatabaseUsesAPublishedVersionWithoutARestart()
    {
        // Demo mode as the first (its accounts keep the demo password); the county is seeded already, so nothing is seeded again.
        await using var second = new FormHubFactory(server.Settings);
        var secondLibrary = second.Services.GetRequiredService<Reports.TemplateLibrary>();
        Assert.Empty(secondLibrary.Versions("mz-second-server-monthly"));

        var admin = await server.SignedInAsync(Accounts.Admin);
        var yaml = TemplateDrafts.Pension("mz-second-server-monthly");
        await (await admin.PostJsonAsync("/api/admin/admission/decisions", new { yaml, verdict = "admitted", reason = "试点" })).OkJsonAsync();
        await (await admin.PostJsonAsync("/api/admin/templates/publish", new { yaml, effectiveFrom = server.CurrentPeriod })).OkJsonAsync();

        // The second server's next API request (or its background check) compares the store's revision.
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (secondLibrary.Versions("mz-second-server-monthly").Count == 0 && DateTime.UtcNow < deadline)
        {
            using var client = second.CreateClient();
            using var _ = await client.GetAsync("/api/session/antiforgery");
            await Task.Delay(200);
        }
        Assert.Single(secondLibrary.Versions("mz-second-server-monthly"));
    }

    [Fact]
    public async Task TheAdmissionListDownloadsAsAWorkbookWithOneRowPerReportInForce()
    {
        var admin = await server.SignedInAsync(Accounts.Admin);
        using var response = await admin.GetAsync("/api/admin/admission/list/xlsx");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var list = (await (await admin.GetAsync("/api/admin/admission/list")).OkJsonAsync()).EnumerateArray().ToList();

        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        using var workbook = SpreadsheetDocument.Open(stream, false);
        var part = workbook.WorkbookPart!;
        var errors = new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(workbook).ToList();
        Assert.Empty(errors);
        var shared = part.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
        var texts = part.WorksheetParts.SelectMany(w => w.Worksheet.Descendants<Cell>())
            .Select(c => c.DataType?.Value == CellValues.SharedString ? shared[int.Parse(c.CellValue!.Text)] : c.InnerText).ToList();
        Assert.Contains(texts, t => t.Contains("报表准入清单"));
        foreach (var entry in list) Assert.Contains(entry.GetProperty("title").GetString(), texts);
        Assert.Contains("农村最低生活保障情况月报", texts);
    }
}
