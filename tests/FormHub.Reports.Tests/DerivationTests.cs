using FormHub.Core.OrgUnits;
using FormHub.Core.Periods;
using FormHub.Scripting.Compilation;
using FormHub.Storage.Model;

namespace FormHub.Reports.Tests;

public class DerivationTests
{
    private const string Dibao = """
        id: dibao
        version: 1
        title: 低保月报
        department: 民政
        period: monthly
        columns:
          - id: hh
            title: 低保户数
            value: "count(households, {dibao_status: '在保'})"
          - id: funds
            title: 发放金额
            value: sum(households, 'dibao_amount')
          - id: avg
            title: 户均
            value: ratio(row.funds, row.hh, 2)
            rollup: recompute
            digits: 2
          - id: persons
            title: 低保人数
            value: "sum(households, 'dibao_persons', {dibao_status: '在保'})"
        checks:
          - rule: row.persons >= row.hh
            message: 低保人数不能少于低保户数
        narrative: 截至{{period.end}}，{{unit.name}}共有低保户{{row.hh}}户{{row.persons}}人，户均{{row.avg}}元。
        """;

    private static readonly Period November = Period.Parse("2026-11");

    [Fact]
    public async Task RolledUpRatioIsTheRatioOfSumsNeverASumOrMeanOfRatios()
    {
        await using var f = await ReportFixture.CreateAsync();
        var a = await f.AddHouseholdAsync(ReportFixture.VillageA, "甲", "在保", 2);
        var s = f.Store.OpenSession("test", ChangeSource.Form);
        s.SetPeriodic(a, "dibao_amount", "2026-11", 1000m);
        for (var i = 0; i < 9; i++)
        {
            var id = s.Create("household", ReportFixture.VillageB, new Dictionary<string, object?> { ["name"] = $"乙{i}", ["dibao_status"] = "在保", ["dibao_persons"] = 1 }, ReportFixture.Jan1);
            if (i == 0) s.SetPeriodic(id, "dibao_amount", "2026-11", 1000m);
        }
        await s.SaveChangesAsync();
        var template = f.Compile(Dibao);
        var deriver = f.Deriver(template);

        await deriver.RebuildAsync(RegionCode.Parse(ReportFixture.County), November);

        var villageA = await deriver.GetRowAsync("dibao", 1, "2026-11", ReportFixture.VillageA);
        var villageB = await deriver.GetRowAsync("dibao", 1, "2026-11", ReportFixture.VillageB);
        var township = await deriver.GetRowAsync("dibao", 1, "2026-11", ReportFixture.Township);
        var county = await deriver.GetRowAsync("dibao", 1, "2026-11", ReportFixture.County);
        Assert.Equal(1000m, villageA!["avg"]);
        Assert.Equal(111.11m, villageB!["avg"]);
        // 2,000 yuan over 10 households: 200, not 1,111.11 (sum of ratios) nor 555.56 (mean of ratios).
        Assert.Equal(10m, township!["hh"]);
        Assert.Equal(2000m, township["funds"]);
        Assert.Equal(200m, township["avg"]);
        Assert.Equal(200m, county!["avg"]);
        Assert.Equal(11m, county["persons"]);
        Assert.Equal(OrgLevel.County, county.Level);
        Assert.Equal("截至2026年11月30日，清溪县共有低保户10户11人，户均200.00元。", county.Narrative);
        Assert.All(county.Checks, c => Assert.True(c.Passed));
    }

    [Fact]
    public async Task PersonWhoDiedMidPeriodCountsWhereTheTemplateReadsAsOfThePeriodEnd()
    {
        await using var f = await ReportFixture.CreateAsync();
        var home = (await f.AddHouseholdAsync(ReportFixture.VillageA, "王家", "未纳入", 0)).ToString();
        var s = f.Store.OpenSession("test", ChangeSource.Form);
        var old = s.Create("person", ReportFixture.VillageA, new Dictionary<string, object?> { ["name"] = "老王", ["household"] = home, ["id_number"] = ReportFixture.IdNumber(1940, 3, 1, 11) }, ReportFixture.Jan1);
        s.Create("person", ReportFixture.VillageA, new Dictionary<string, object?> { ["name"] = "老李", ["household"] = home, ["id_number"] = ReportFixture.IdNumber(1946, 12, 10, 21) }, ReportFixture.Jan1);
        s.Create("person", ReportFixture.VillageA, new Dictionary<string, object?> { ["name"] = "小张", ["household"] = home, ["id_number"] = ReportFixture.IdNumber(1990, 1, 1, 31) }, ReportFixture.Jan1);
        await s.SaveChangesAsync();
        var death = f.Store.OpenSession("test", ChangeSource.Form);
        death.Retire(old, 1, new DateOnly(2026, 11, 15), RetirementReason.Death);
        await death.SaveChangesAsync();

        var template = f.Compile("""
            id: elderly
            version: 1
            title: 高龄老人
            department: 民政
            period: monthly
            columns:
              - id: over80
                title: 80岁及以上人数
                value: "count(persons, {age: {gte: 80}})"
            """);
        var deriver = f.Deriver(template);
        await deriver.RebuildAsync(RegionCode.Parse(ReportFixture.County), Period.Parse("2026-10"));
        await deriver.RebuildAsync(RegionCode.Parse(ReportFixture.County), November);

        // October: 老王 (86) alive, 老李 79 until 10 December (then 80). November 30: 老王 died on the 15th.
        Assert.Equal(1m, (await deriver.GetRowAsync("elderly", 1, "2026-10", ReportFixture.VillageA))!["over80"]);
        Assert.Equal(0m, (await deriver.GetRowAsync("elderly", 1, "2026-11", ReportFixture.VillageA))!["over80"]);
        Assert.Equal(0m, (await deriver.GetRowAsync("elderly", 1, "2026-11", ReportFixture.County))!["over80"]);
        await deriver.RebuildAsync(RegionCode.Parse(ReportFixture.County), Period.Parse("2026-12"));
        Assert.Equal(1m, (await deriver.GetRowAsync("elderly", 1, "2026-12", ReportFixture.VillageA))!["over80"]);
    }

    [Fact]
    public async Task ACellThatFailsForOneVillageCarriesItsReasonAndTheRestOfTheReportStands()
    {
        await using var f = await ReportFixture.CreateAsync();
        await f.AddHouseholdAsync(ReportFixture.VillageA, "甲", "在保", 2);
        var s = f.Store.OpenSession("test", ChangeSource.Form);
        s.Create("village", ReportFixture.VillageB, new Dictionary<string, object?> { ["area_mu"] = 1500.5m }, ReportFixture.Jan1);
        await s.SaveChangesAsync();
        var template = f.Compile("""
            id: area
            version: 1
            title: 面积
            department: 统计
            period: monthly
            columns:
              - id: hh
                title: 户数
                value: count(households)
              - id: area
                title: 面积（亩）
                value: village.area_mu.toFixed(1)
                rollup: none
            """);
        var deriver = f.Deriver(template);

        await deriver.RebuildAsync(RegionCode.Parse(ReportFixture.County), November);

        var a = await deriver.GetRowAsync("area", 1, "2026-11", ReportFixture.VillageA);
        Assert.Equal(1m, a!["hh"]);
        Assert.Null(a["area"]);
        Assert.Contains("area", a.CellErrors["area"].Zh);
        Assert.Contains("脚本错误", a.CellErrors["area"].Zh);
        Assert.Equal("1500.5", (await deriver.GetRowAsync("area", 1, "2026-11", ReportFixture.VillageB))!["area"]);
        Assert.Equal(1m, (await deriver.GetRowAsync("area", 1, "2026-11", ReportFixture.County))!["hh"]);
    }

    [Fact]
    public async Task EachPeriodIsReportedWithTheVersionInForceForIt()
    {
        await using var f = await ReportFixture.CreateAsync();
        await f.AddHouseholdAsync(ReportFixture.VillageA, "甲", "在保", 2);
        await f.AddHouseholdAsync(ReportFixture.VillageA, "乙", "停保", 3);
        var v1 = f.Compile(Dibao);
        var v2 = f.Compile(Dibao.Replace("version: 1", "version: 2\neffective_from: 2026-12")
            .Replace("count(households, {dibao_status: '在保'})", "count(households)"));
        var deriver = f.Deriver(v1, v2);

        await deriver.RebuildAsync(RegionCode.Parse(ReportFixture.County), November);
        await deriver.RebuildAsync(RegionCode.Parse(ReportFixture.County), Period.Parse("2026-12"));

        Assert.Equal(1m, (await deriver.GetRowAsync("dibao", 1, "2026-11", ReportFixture.VillageA))!["hh"]);
        Assert.Null(await deriver.GetRowAsync("dibao", 2, "2026-11", ReportFixture.VillageA));
        Assert.Equal(2m, (await deriver.GetRowAsync("dibao", 2, "2026-12", ReportFixture.VillageA))!["hh"]);
        Assert.Null(await deriver.GetRowAsync("dibao", 1, "2026-12", ReportFixture.VillageA));
    }

    [Fact]
    public async Task PrevReadsLastPeriodsRow()
    {
        var (f, _, deriver) = await OneHouseholdMoreInNovemberAsync("trend", """
              - id: change
                title: 比上月增减
                value: "prev('hh') === null ? null : row.hh - prev('hh')"
                rollup: recompute
            """);
        await using var _ = f;
        await deriver.RebuildAsync(RegionCode.Parse(ReportFixture.County), Period.Parse("2026-10"));
        await deriver.RebuildAsync(RegionCode.Parse(ReportFixture.County), November);

        // Rebuilding October first derived the months before it that prev() needs (September: 1 household).
        Assert.Equal(1m, (await deriver.GetRowAsync("trend", 1, "2026-09", ReportFixture.VillageA))!["hh"]);
        Assert.Equal(0m, (await deriver.GetRowAsync("trend", 1, "2026-10", ReportFixture.VillageA))!["change"]);
        Assert.Equal(1m, (await deriver.GetRowAsync("trend", 1, "2026-11", ReportFixture.VillageA))!["change"]);
        Assert.Equal(1m, (await deriver.GetRowAsync("trend", 1, "2026-11", ReportFixture.County))!["change"]);
    }

    [Fact]
    public async Task ANarrativeNamingPrevReadsLastPeriodsRowWithoutPrevInItsColumns()
    {
        // Last period's row is read only for templates that show it: here only the narrative does.
        var (f, template, deriver) = await OneHouseholdMoreInNovemberAsync("told", """
            narrative: "低保户{{ change value.hh prev.hh '户' }}"
            """);
        await using var _ = f;

        var row = await PreviewNovemberAfterOctoberAsync(deriver, template);

        Assert.Equal("低保户比上月增加 1 户", row.Narrative);
    }

    [Fact]
    public async Task PrevCalledIndirectlyStillReadsLastPeriodsRow()
    {
        // prev reached other than as prev('x') must still be seen: the rebuild derives the months before it first, and a
        // preview reads last period's row, instead of an empty cell.
        var (f, template, deriver) = await OneHouseholdMoreInNovemberAsync("detour", """
              - id: last
                title: 上月户数
                value: "(0, prev)('hh')"
              - id: last_too
                title: 上月户数
                value: "globalThis.prev('hh')"
            """);
        await using var _ = f;

        var row = await PreviewNovemberAfterOctoberAsync(deriver, template);

        Assert.NotNull(await deriver.GetRowAsync("detour", 1, "2026-09", ReportFixture.VillageA));
        Assert.Equal(1m, (await deriver.GetRowAsync("detour", 1, "2026-10", ReportFixture.VillageA))!["last"]);
        Assert.Empty(row.CellErrors);
        Assert.Equal(1m, row.Values["last"]);
        Assert.Equal(1m, row.Values["last_too"]);
        Assert.True(template.ReadsPreviousPeriod);
    }

    // Village A with one household since the year's start and a second from 5 November, and a households template with
    // the given YAML after its hh column; the caller disposes of the fixture.
    private static async Task<(ReportFixture, CompiledTemplate, ReportDeriver)> OneHouseholdMoreInNovemberAsync(string id, string more)
    {
        var f = await ReportFixture.CreateAsync();
        await f.AddHouseholdAsync(ReportFixture.VillageA, "甲", "在保", 2);
        await f.AddHouseholdAsync(ReportFixture.VillageA, "乙", "在保", 2, new DateOnly(2026, 11, 5));
        var template = f.Compile(HouseholdsTemplate(id) + more);
        return (f, template, f.Deriver(template));
    }

    // October rebuilt (and the months before it its prev() needs), then village A's November row previewed.
    private static async Task<ReportRow> PreviewNovemberAfterOctoberAsync(ReportDeriver deriver, CompiledTemplate template)
    {
        await deriver.RebuildAsync(RegionCode.Parse(ReportFixture.County), Period.Parse("2026-10"));
        var village = (await deriver.LoadRegionsAsync()).Find(RegionCode.Parse(ReportFixture.VillageA))!;
        return await deriver.PreviewAsync(template, village, November);
    }

    // A monthly template whose first column counts the households; more columns or keys may follow.
    private static string HouseholdsTemplate(string id) => $"""
        id: {id}
        version: 1
        title: 变化
        department: 民政
        period: monthly
        columns:
          - id: hh
            title: 户数
            value: count(households)

        """;
}
