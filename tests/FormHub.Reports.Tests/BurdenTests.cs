using FormHub.Core.OrgUnits;
using FormHub.Core.Periods;
using FormHub.Storage.Model;

namespace FormHub.Reports.Tests;

public class BurdenTests
{
    private const string Template = """
        id: dibao
        version: 1
        title: 低保月报
        department: 民政
        period: monthly
        columns:
          - id: hh
            title: 低保户数
            value: "count(households, {dibao_status: '在保'})"
          - id: persons
            title: 低保人数
            value: "sum(households, 'dibao_persons', {dibao_status: '在保'})"
          - id: funds
            title: 发放金额
            value: sum(households, 'dibao_amount')
        """;

    [Fact]
    public async Task TypedValuesComeFromTheEventLogAndImportsDoNotCount()
    {
        await using var f = await ReportFixture.CreateAsync();
        var hh = await f.AddHouseholdAsync(ReportFixture.VillageA, "甲", "在保", 2); // imported: not typed by the cadre
        var library = new TemplateLibrary([f.Compile(Template)]);
        var deriver = new ReportDeriver(f.Store, library, new Scripting.TemplateEvaluator(), new NarrativeRenderer());
        var month = Period.Containing(DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)), PeriodType.Monthly);
        await deriver.RebuildAsync(RegionCode.Parse(ReportFixture.County), month);
        var burden = new BurdenCalculator(f.Store, library);
        var tree = await deriver.LoadRegionsAsync();
        var village = tree.Find(ReportFixture.VillageA)!;
        var county = tree.Find(ReportFixture.County)!;

        var before = await burden.ForUnitAsync(village, month);
        Assert.Equal((1, 3L, 0L, 100.0m), (before.Reports, before.CellsDelivered, before.ValuesTyped, before.FillFreeRate));

        // The cadre edits two fields of one household in the form.
        var s = f.Store.OpenSession("cadre", ChangeSource.Form);
        s.Change(hh, 1, new Dictionary<string, object?> { ["dibao_persons"] = 3, ["address"] = "上塘组8号" }, month.Start);
        await s.SaveChangesAsync();

        var after = await burden.ForUnitAsync(village, month);
        Assert.Equal(2, after.ValuesTyped);
        Assert.Equal(33.3m, after.FillFreeRate); // (3 − 2) ÷ 3
        var countyFigure = await burden.ForUnitAsync(county, month);
        Assert.Equal(22, countyFigure.Villages);
        Assert.Equal(66, countyFigure.CellsDelivered); // 22 villages × 3 columns
        Assert.Equal(2, countyFigure.ValuesTyped);
        Assert.Equal(97.0m, countyFigure.FillFreeRate); // 64 ÷ 66 = 96.97 %
        Assert.Equal("1 张报表 · 66 个单元格 · 实际录入 2 项 · 免填率 97.0%", countyFigure.SummaryZh);

        // Nothing typed in another month.
        Assert.Equal(0, (await burden.ForUnitAsync(county, month.Previous)).ValuesTyped);
    }
}
