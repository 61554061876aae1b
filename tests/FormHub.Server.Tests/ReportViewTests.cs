using System.Net;
using System.Text.Json;
using FormHub.Core.OrgUnits;
using FormHub.Core.Periods;
using FormHub.Core.Templates;
using FormHub.Reports;
using FormHub.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace FormHub.Server.Tests;

/// <summary>
/// The report view a department receives: the county with one row per township and the total, drill-down to the
/// villages and a village's own row; the totals add up the villages' rows; aggregates only; another department's
/// report is not there; a period of the wrong kind or in the future is refused.
/// </summary>
[Collection(DepartmentServerCollection.Name)]
public sealed class ReportViewTests(DepartmentServer server)
{
    private const string Dibao = "mz-dibao-monthly";

    private static readonly string[] Townships = [DemoCounty.Qingxi, DemoCounty.Shiqiao, DemoCounty.YangliuTownship, DemoCounty.LongtianTownship];

    [Theory]
    [InlineData(0)] // this month: live rows
    [InlineData(1)] // last month: approved, frozen rows
    public Task TheCountyViewHasOneRowPerTownshipAndATotalThatAddsUpTheVillagesRows(int monthsAgo) => TotalsAddUpAsync(server, monthsAgo);

    internal static async Task TotalsAddUpAsync(ServerFixture server, int monthsAgo)
    {
        var period = Period.Parse(server.CurrentPeriod);
        for (var i = 0; i < monthsAgo; i++) period = period.Previous;
        var department = await server.SignedInAsync(Accounts.Department);
        var template = server.Factory.Services.GetRequiredService<TemplateLibrary>().InForce(Dibao, period)!.Template;
        var summed = template.Columns.Where(c => c.Rollup == RollupRule.Sum).Select(c => c.Id).ToList();
        Assert.Equal(["hh", "persons", "funds"], summed);

        // The live materializer may still be applying an earlier test's save: the figures must agree within a few polls.
        var problems = await DepartmentCalls.EventuallyAsync(() => DisagreementsAsync(server, department, template, period.Key), p => p.Count == 0,
            $"the {period.Key} report's totals add up", seconds: 10);
        Assert.Empty(problems);
    }

    /// <summary>Everything that does not add up (empty when the report is consistent); asserts the shape as it goes.</summary>
    private static async Task<List<string>> DisagreementsAsync(ServerFixture server, HttpClient department, ReportTemplate template, string period)
    {
        var problems = new List<string>();
        var columns = template.Columns.Select(c => c.Id).ToList();
        var summed = template.Columns.Where(c => c.Rollup == RollupRule.Sum).Select(c => c.Id).ToList();

        var county = await ViewAsync(department, DemoCounty.County, period);
        Assert.Equal(Dibao, county.GetProperty("templateId").GetString());
        Assert.Equal(template.Title, county.GetProperty("title").GetString());
        Assert.Equal("民政", county.GetProperty("department").GetString());
        Assert.Equal(period, county.GetProperty("period").GetString());
        Assert.Equal(DemoCounty.County, county.GetProperty("unit").GetProperty("code").GetString());
        Assert.Equal(0, county.GetProperty("breadcrumb").GetArrayLength()); // above the county is not the department's to open
        Assert.Equal(columns, county.GetProperty("columns").EnumerateArray().Select(c => c.GetProperty("id").GetString()));
        Assert.Equal(22, county.GetProperty("completeness").GetProperty("villages").GetInt32());
        Assert.Contains("应报 22 个村", county.GetProperty("completenessLine").GetString());
        var countyRows = county.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(Townships.Length + 1, countyRows.Count);
        Assert.Equal(Townships, countyRows.SkipLast(1).Select(r => r.GetProperty("unitCode").GetString()));
        Assert.All(countyRows.SkipLast(1), r => AssertRow(r, "unit", "township", drillable: true, columns.Count));
        AssertRow(countyRows[^1], "total", "county", drillable: false, columns.Count);
        Assert.Equal(DemoCounty.County, countyRows[^1].GetProperty("unitCode").GetString());
        Assert.Equal("清溪县", countyRows[^1].GetProperty("unitName").GetString());
        AuthorizationMatrixTests.AssertNoSensitiveData(server, county);
        var countyTotal = Values(countyRows[^1], columns);
        Assert.True(countyTotal["hh"] > 0 && countyTotal["funds"] > 0, $"an empty {period} report: {countyRows[^1].GetRawText()}");
        var narrative = county.GetProperty("narrative").GetString();
        Assert.Contains("清溪县", narrative);
        Assert.Contains($"{countyTotal["hh"]}户", narrative);

        var allVillages = new List<Dictionary<string, decimal>>();
        foreach (var townshipRow in countyRows.SkipLast(1))
        {
            var code = townshipRow.GetProperty("unitCode").GetString()!;
            var township = await ViewAsync(department, code, period);
            AuthorizationMatrixTests.AssertNoSensitiveData(server, township);
            Assert.Equal([DemoCounty.County], township.GetProperty("breadcrumb").EnumerateArray().Select(b => b.GetProperty("code").GetString()));
            var rows = township.GetProperty("rows").EnumerateArray().ToList();
            var villages = rows.SkipLast(1).ToList();
            Assert.Equal(code == DemoCounty.Qingxi || code == DemoCounty.Shiqiao ? 6 : 5, villages.Count);
            Assert.All(villages, r => AssertRow(r, "unit", "village", drillable: true, columns.Count));
            AssertRow(rows[^1], "total", "township", drillable: false, columns.Count);
            Assert.Equal(code, rows[^1].GetProperty("unitCode").GetString());

            // The township's total here is its row in the county view.
            var total = Values(rows[^1], columns);
            var inCounty = Values(townshipRow, columns);
            foreach (var c in columns.Where(c => total[c] != inCounty[c]))
                problems.Add($"{period} {code} {c}: {total[c]} in its own view, {inCounty[c]} in the county's");

            foreach (var village in villages)
            {
                var values = Values(village, columns);
                allVillages.Add(values);
                // The village row is the village's own report row.
                var own = await VillageReportAsync(department, village.GetProperty("unitCode").GetString()!, period);
                foreach (var c in columns.Where(c => Number(own.GetProperty("values").GetProperty(c)) != values[c]))
                    problems.Add($"{period} {village.GetProperty("unitCode")} {c}: {values[c]} in the township view, {own.GetProperty("values").GetProperty(c)} in its reports");
            }
            foreach (var c in summed)
            {
                var sum = villages.Sum(v => Values(v, columns)[c]);
                if (sum != total[c]) problems.Add($"{period} {code} {c}: total {total[c]}, villages add up to {sum}");
            }
            if (total["hh"] > 0 && total["avg"] != Math.Round(total["funds"] / total["hh"], 2, MidpointRounding.AwayFromZero))
                problems.Add($"{period} {code} avg: {total["avg"]} is not funds / hh recomputed ({total["funds"]} / {total["hh"]})");
        }
        foreach (var c in summed)
        {
            var townships = countyRows.SkipLast(1).Sum(r => Values(r, columns)[c]);
            if (townships != countyTotal[c]) problems.Add($"{period} county {c}: total {countyTotal[c]}, townships add up to {townships}");
            var villages = allVillages.Sum(v => v[c]);
            if (villages != countyTotal[c]) problems.Add($"{period} county {c}: total {countyTotal[c]}, villages add up to {villages}");
        }
        return problems;
    }

    [Fact]
    public async Task DrillingDownFromATownshipOpensAVillagesOwnRowAndNarrative()
    {
        var department = await server.SignedInAsync(Accounts.Department);
        var period = Period.Parse(server.CurrentPeriod).Previous.Key;
        var township = await ViewAsync(department, DemoCounty.Qingxi, period);
        var shimenRow = township.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("unitCode").GetString() == DemoCounty.Shimen);
        Assert.True(shimenRow.GetProperty("drillable").GetBoolean());

        var village = await ViewAsync(department, DemoCounty.Shimen, period);
        AuthorizationMatrixTests.AssertNoSensitiveData(server, village);
        Assert.Equal("石门村委会", village.GetProperty("unit").GetProperty("name").GetString());
        Assert.Equal("village", village.GetProperty("unit").GetProperty("level").GetString());
        Assert.Equal([DemoCounty.County, DemoCounty.Qingxi], village.GetProperty("breadcrumb").EnumerateArray().Select(b => b.GetProperty("code").GetString()));
        var row = Assert.Single(village.GetProperty("rows").EnumerateArray());
        Assert.Equal(DemoCounty.Shimen, row.GetProperty("unitCode").GetString());
        Assert.False(row.GetProperty("drillable").GetBoolean());
        Assert.Equal(shimenRow.GetProperty("values").GetRawText(), row.GetProperty("values").GetRawText());
        Assert.Contains("石门村委会", village.GetProperty("narrative").GetString());
        Assert.Equal(1, village.GetProperty("completeness").GetProperty("villages").GetInt32());

        // A reviewer's breadcrumb starts at the own township.
        var reviewer = await server.SignedInAsync(Accounts.Reviewer);
        var theirs = await ViewAsync(reviewer, DemoCounty.Shimen, period);
        Assert.Equal([DemoCounty.Qingxi], theirs.GetProperty("breadcrumb").EnumerateArray().Select(b => b.GetProperty("code").GetString()));
        using var above = await reviewer.GetAsync($"/api/reports/{Dibao}/{DemoCounty.County}?period={period}");
        await above.ProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task ADepartmentUserReceivesOnlyTheirOwnDepartmentsReports()
    {
        var library = server.Factory.Services.GetRequiredService<TemplateLibrary>();
        var department = await server.SignedInAsync(Accounts.Department);
        var admin = await server.SignedInAsync(Accounts.Admin);

        var published = await (await department.GetAsync("/api/reports")).OkJsonAsync();
        var ids = published.EnumerateArray().Select(r => r.GetProperty("templateId").GetString()!).ToList();
        Assert.Equal(library.Ids.Where(id => library.Versions(id)[^1].Template.Department == "民政"), ids);
        foreach (var report in published.EnumerateArray())
        {
            var template = library.Versions(report.GetProperty("templateId").GetString()!)[^1].Template;
            Assert.Equal(template.Period.ToString().ToLowerInvariant(), report.GetProperty("periodType").GetString());
            // 民政 also files a 年报 (mz-elderly-allowance-yearly); its monthly reports are current in this month.
            if (template.Period == FormHub.Core.Periods.PeriodType.Monthly) Assert.Equal(server.CurrentPeriod, report.GetProperty("currentPeriod").GetString());
            Assert.Equal(template.Excel is not null, report.GetProperty("hasOfficialLayout").GetBoolean());
        }
        Assert.Equal(library.Ids.Count(), (await (await admin.GetAsync("/api/reports")).OkJsonAsync()).GetArrayLength());

        foreach (var other in new[] { "tj-labour-quarterly", "zz-party-yearly", "yj-hazard-monthly", "no-such-report" })
        {
            using var response = await department.GetAsync($"/api/reports/{other}/{DemoCounty.County}");
            var problem = await response.ProblemAsync(HttpStatusCode.NotFound);
            Assert.Contains(other, problem.Detail());
            Assert.DoesNotContain("统计", problem.Detail());
        }
        // The 404 is about the department: the admin opens the same report.
        var labour = await (await admin.GetAsync($"/api/reports/tj-labour-quarterly/{DemoCounty.County}")).OkJsonAsync();
        Assert.Equal("统计", labour.GetProperty("department").GetString());
    }

    [Fact]
    public async Task APeriodOfTheWrongKindOrInTheFutureIsRefused()
    {
        var department = await server.SignedInAsync(Accounts.Department);
        var admin = await server.SignedInAsync(Accounts.Admin);
        var today = Period.Parse(server.CurrentPeriod).Start;
        var nextMonth = Period.Containing(Period.Parse(server.CurrentPeriod).End.AddDays(1), PeriodType.Monthly).Key;
        var quarter = Period.Containing(today, PeriodType.Quarterly);
        var nextQuarter = Period.Containing(quarter.End.AddDays(1), PeriodType.Quarterly).Key;
        var nextYear = (today.Year + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

        async Task RefusedAsync(HttpClient client, string templateId, string period, string? says = null)
        {
            using var response = await client.GetAsync($"/api/reports/{templateId}/{DemoCounty.County}?period={Uri.EscapeDataString(period)}");
            var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
            if (says is not null) Assert.Contains(says, problem.Detail());
        }

        await RefusedAsync(department, Dibao, quarter.Key, "月报");
        await RefusedAsync(department, Dibao, today.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), "月报");
        await RefusedAsync(department, Dibao, nextMonth, "还没有开始");
        await RefusedAsync(department, Dibao, "2026-13");
        await RefusedAsync(department, Dibao, "last month");
        await RefusedAsync(admin, "tj-labour-quarterly", server.CurrentPeriod, "季报");
        await RefusedAsync(admin, "tj-labour-quarterly", nextQuarter, "还没有开始");
        await RefusedAsync(admin, "zz-party-yearly", quarter.Key, "年报");
        await RefusedAsync(admin, "zz-party-yearly", nextYear, "还没有开始");

        // The right kinds are served; no period means the current one.
        var current = await (await department.GetAsync($"/api/reports/{Dibao}/{DemoCounty.County}")).OkJsonAsync();
        Assert.Equal(server.CurrentPeriod, current.GetProperty("period").GetString());
        Assert.Equal(quarter.Key, (await (await admin.GetAsync($"/api/reports/tj-labour-quarterly/{DemoCounty.County}?period={quarter.Key}")).OkJsonAsync())
            .GetProperty("period").GetString());
        // Outside the view scope: 403 before anything about the report is said.
        using var outside = await department.GetAsync($"/api/reports/{Dibao}/360800000000?period={server.CurrentPeriod}");
        await outside.ProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task AFailingCheckIsMarkedOnTheVillagesRowWithoutNamingAnyone()
    {
        // 高龄津贴 paid to someone under 80 in 白沙村 this month fails an error check of mz-elderly-allowance-monthly.
        const string village = DemoCounty.Baisha;
        const string template = "mz-elderly-allowance-monthly";
        var period = server.CurrentPeriod;
        var cadre = await server.SignedInAsync(Accounts.CadreOf(village));
        var persons = (await (await cadre.GetAsync($"/api/villages/{village}/entities/person?take=100")).OkJsonAsync()).GetProperty("items");
        var young = persons.EnumerateArray().First(p => p.GetProperty("fields").TryGetProperty("age", out var age) && age.ValueKind == JsonValueKind.Number && age.GetInt32() < 60);
        var name = young.GetProperty("fields").GetProperty("name").GetString()!;
        await (await cadre.PostJsonAsync($"/api/villages/{village}/changes", new
        {
            period,
            operations = new[] { new { op = "change", id = young.GetProperty("id").GetGuid(), version = young.GetProperty("version").GetInt64(),
                periodic = new Dictionary<string, object?> { ["elderly_allowance_amount"] = 100m },
                periodicVersions = new Dictionary<string, long> { ["elderly_allowance_amount"] = 0 } } },
        })).OkJsonAsync();

        var department = await server.SignedInAsync(Accounts.Department);
        var view = await DepartmentCalls.EventuallyAsync(() => ViewAsync(department, DemoCounty.LongtianTownship, period, template),
            v => Row(v, village).GetProperty("failingChecks").EnumerateArray().Any(c => c.GetString()!.Contains("未满80周岁")), "the failing check on 白沙村's row");
        AuthorizationMatrixTests.AssertNoSensitiveData(server, view);
        Assert.DoesNotContain(name, view.GetRawText());
        Assert.DoesNotContain("未满80周岁", Row(view, DemoCounty.Longtian).GetProperty("failingChecks").GetRawText());
        var own = await ViewAsync(department, village, period, template);
        Assert.Contains(own.GetProperty("rows")[0].GetProperty("failingChecks").EnumerateArray(), c => c.GetString()!.Contains("未满80周岁"));
        Assert.DoesNotContain(name, own.GetRawText());
    }

    private static JsonElement Row(JsonElement view, string unit) =>
        view.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("unitCode").GetString() == unit);

    private static void AssertRow(JsonElement row, string kind, string level, bool drillable, int columns)
    {
        Assert.Equal(kind, row.GetProperty("kind").GetString());
        Assert.Equal(level, row.GetProperty("level").GetString());
        Assert.Equal(drillable, row.GetProperty("drillable").GetBoolean());
        Assert.Equal(columns, row.GetProperty("values").GetArrayLength());
        Assert.Equal(JsonValueKind.Array, row.GetProperty("failingChecks").ValueKind);
        Assert.False(string.IsNullOrWhiteSpace(row.GetProperty("unitName").GetString()));
    }

    private static Dictionary<string, decimal> Values(JsonElement row, List<string> columns) =>
        columns.Select((c, i) => (c, Number(row.GetProperty("values")[i]))).ToDictionary(x => x.c, x => x.Item2);

    private static decimal Number(JsonElement value) => value.ValueKind == JsonValueKind.Number ? value.GetDecimal() : 0m;

    private static async Task<JsonElement> ViewAsync(HttpClient client, string unit, string period, string template = Dibao) =>
        await (await client.GetAsync($"/api/reports/{template}/{unit}?period={period}")).OkJsonAsync();

    private static async Task<JsonElement> VillageReportAsync(HttpClient client, string village, string period) =>
        (await (await client.GetAsync($"/api/villages/{village}/reports?period={period}")).OkJsonAsync()).EnumerateArray()
        .Single(r => r.GetProperty("templateId").GetString() == Dibao);
}
