using System.Text.RegularExpressions;
using FormHub.Reports;

namespace FormHub.Cli.Tests;

public sealed class ReportsCommandTests : IDisposable
{
    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task RebuildingTheCountyWritesVillageRowsAndRollsThemUpToTheCounty()
    {
        await DemoHouseholds.SeedAsync(_cli);

        var rebuild = await _cli.RunAsync("reports", "rebuild", "--county", DemoHouseholds.County, "--period", "2026-11",
            "--templates-only", "mz-dibao-monthly");

        Assert.True(rebuild.ExitCode == 0, rebuild.ToString());
        Assert.Contains("重算 清溪县（360835000000）2026年11月：22 个村，1 个模板（mz-dibao-monthly 第1版 2026-11）", rebuild.Out);
        Assert.Contains("已完成 22/22 个村", rebuild.Out);
        // 22 villages, then 4 townships, the county, and the city and province above it.
        var done = Regex.Match(rebuild.Out, @"已重算 (\d+) 行（1 个模板，22 个村），用时 \d+\.\d 秒");
        Assert.True(done.Success, rebuild.ToString());
        Assert.Equal(29, int.Parse(done.Groups[1].Value));
        Assert.Equal("", rebuild.Err);

        await using var store = await _cli.OpenStoreAsync();
        var rows = new ReportDeriver(store, new TemplateLibrary([]), new FormHub.Scripting.TemplateEvaluator(), new NarrativeRenderer());
        var county = await rows.GetRowAsync("mz-dibao-monthly", 1, "2026-11", DemoHouseholds.County);
        Assert.NotNull(county);
        Assert.Equal(3m, county["hh"]);       // 石门 2 + 枫树 1
        Assert.Equal(6m, county["persons"]);
        var village = await rows.GetRowAsync("mz-dibao-monthly", 1, "2026-11", DemoHouseholds.Village);
        Assert.Equal(650.25m, village!["avg"]);
    }

    [Fact]
    public async Task RebuildLeavesAnApprovedMonthAsApprovedUnlessAskedForARevisionWithAReason()
    {
        await DemoHouseholds.SeedAsync(_cli);
        string[] rebuild = ["reports", "rebuild", "--county", DemoHouseholds.County, "--period", "2026-11", "--templates-only", "mz-dibao-monthly"];
        Assert.Equal(0, (await _cli.RunAsync(rebuild)).ExitCode);
        await using (var store = await _cli.OpenStoreAsync())
        {
            await store.SaveSubmissionAsync(FormHub.Storage.Model.Submission.NewDraft(DemoHouseholds.Village, "2026-11") with
                { Status = FormHub.Storage.Model.SubmissionStatus.Approved }, 0,
                new FormHub.Storage.Model.AuditEntry(0, DateTimeOffset.UtcNow, "reviewer", "approve", DemoHouseholds.Village, "2026-11", null));
            // 王五 back on 低保 from 2026-11, stored after the approval past the form (which would refuse it).
            var wang = (await store.ListAsync(new FormHub.Storage.Model.EntityQuery(DemoHouseholds.Village, "household") { Take = 10 })).Items
                .Single(h => (string?)h.Fields["name"] == "王五");
            var session = store.OpenSession("import", FormHub.Storage.Model.ChangeSource.Import);
            session.Change(wang.Id, wang.Version, new Dictionary<string, object?> { ["dibao_status"] = "在保" }, new DateOnly(2026, 11, 1));
            await session.SaveChangesAsync();
        }

        var kept = await _cli.RunAsync(rebuild);
        Assert.True(kept.ExitCode == 0, kept.ToString());
        Assert.Contains("已审核通过的村月报表保持不变", kept.Out);
        Assert.Equal(2m, (await VillageRowAsync())["hh"]);

        var noReason = await _cli.RunAsync([.. rebuild, "--revise"]);
        Assert.Equal(ExitCodes.InputError, noReason.ExitCode);
        Assert.Contains("--reason", noReason.Err);
        Assert.Equal(2m, (await VillageRowAsync())["hh"]);

        var revised = await _cli.RunAsync([.. rebuild, "--revise", "--reason", "补录王五恢复低保"]);
        Assert.True(revised.ExitCode == 0, revised.ToString());
        Assert.Equal(3m, (await VillageRowAsync())["hh"]);
        await using var after = await _cli.OpenStoreAsync();
        var audit = Assert.Single(await after.ListAuditAsync(DemoHouseholds.Village, "2026-11"), a => a.Action == RebuildRevision.AuditAction);
        Assert.Contains("补录王五恢复低保", audit.Detail);
    }

    private async Task<ReportRow> VillageRowAsync()
    {
        await using var store = await _cli.OpenStoreAsync();
        var rows = new ReportDeriver(store, new TemplateLibrary([]), new FormHub.Scripting.TemplateEvaluator(), new NarrativeRenderer());
        return (await rows.GetRowAsync("mz-dibao-monthly", 1, "2026-11", DemoHouseholds.Village))!;
    }

    [Fact]
    public async Task RebuildingEveryShippedTemplateReportsAPositiveRowCount()
    {
        await DemoHouseholds.SeedAsync(_cli);

        var rebuild = await _cli.RunAsync("reports", "rebuild", "--county", DemoHouseholds.County, "--period", "2026-11");

        Assert.True(rebuild.ExitCode == 0, rebuild.ToString());
        var done = Regex.Match(rebuild.Out, @"已重算 (\d+) 行（\d+ 个模板，22 个村）");
        Assert.True(done.Success && int.Parse(done.Groups[1].Value) > 0, rebuild.ToString());
    }

    [Theory]
    [InlineData("3608350000", "2026-11", "应为12位数字")]
    [InlineData("360835000000", "2026-11月", "期别“2026-11月”无效")]
    [InlineData("360836000000", "2026-11", "不在已导入的区划中")]
    public async Task RebuildWithABadCountyOrPeriodIsAnInputError(string county, string period, string message)
    {
        await DemoHouseholds.SeedAsync(_cli);

        var rebuild = await _cli.RunAsync("reports", "rebuild", "--county", county, "--period", period);

        Assert.Equal(1, rebuild.ExitCode);
        Assert.Contains(message, rebuild.Err);
    }

    [Fact]
    public async Task RebuildOfAnUnknownTemplateNamesItAndTheTemplatesThereAre()
    {
        await DemoHouseholds.SeedAsync(_cli);

        var rebuild = await _cli.RunAsync("reports", "rebuild", "--county", DemoHouseholds.County, "--period", "2026-11",
            "--templates-only", "mz-dibao-monthly,no-such-report");

        Assert.Equal(1, rebuild.ExitCode);
        Assert.Contains("没有模板“no-such-report”", rebuild.Err);
        Assert.Contains("mz-dibao-monthly", rebuild.Err);
    }

    [Fact]
    public async Task RebuildWithABrokenTemplateInTheFolderPointsAtItAndWritesNothing()
    {
        await DemoHouseholds.SeedAsync(_cli);
        var templates = Path.Combine(_cli.Root, "form-templates");
        foreach (var file in Directory.GetFiles(RepositoryRoot.Combine("form-templates", "catalog")))
            _cli.WriteFile(Path.Combine("form-templates", "catalog", Path.GetFileName(file)), await File.ReadAllTextAsync(file));
        var bad = _cli.WriteFile(Path.Combine("form-templates", "templates", "bad.yaml"), """
            id: bad
            version: 1
            title: 坏模板
            department: 民政
            period: monthly
            columns:
              - id: hh
                title: 户数
                value: count(househods)
            """);

        var rebuild = await _cli.RunAsync("reports", "rebuild", "--county", DemoHouseholds.County, "--period", "2026-11", "--templates", templates);

        Assert.Equal(1, rebuild.ExitCode);
        Assert.Contains($"{bad}:9:", rebuild.Err);
        Assert.Contains("househods", rebuild.Err);
        Assert.DoesNotContain("已重算", rebuild.Out);
    }
}
