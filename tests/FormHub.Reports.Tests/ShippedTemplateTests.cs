using FormHub.Core.Catalog;
using FormHub.Core.OrgUnits;
using FormHub.Core.Periods;
using FormHub.Core.Templates;
using FormHub.Core.Text;
using FormHub.Scripting;
using FormHub.Storage.Model;

namespace FormHub.Reports.Tests;

/// <summary>
/// The template library and field catalog shipped in form-templates/: every template loads, compiles against the
/// shipped catalog and has a well-formed narrative; the required department reports are all there.
/// (Golden tests with hand-worked values per template are a separate step.)
/// </summary>
public class ShippedTemplateTests
{
    private static readonly string TemplateDir = Path.Combine(RepositoryRoot.Path, "form-templates", "templates");
    private static readonly string CatalogDir = Path.Combine(RepositoryRoot.Path, "form-templates", "catalog");

    /// <summary>The reports a village committee files that FormHub must ship: title → (department, period).</summary>
    public static readonly TheoryData<string, string, PeriodType> Required = new()
    {
        { "农村最低生活保障情况月报", "民政", PeriodType.Monthly },
        { "特困人员救助供养月报", "民政", PeriodType.Monthly },
        { "高龄津贴发放名册与汇总", "民政", PeriodType.Monthly },
        { "困难残疾人生活补贴和重度残疾人护理补贴月报", "民政", PeriodType.Monthly },
        { "孤儿基本生活费发放月报", "民政", PeriodType.Monthly },
        { "65岁及以上老年人健康管理季报", "卫健", PeriodType.Quarterly },
        { "农村住户所在村基本情况年报", "统计", PeriodType.Yearly },
        { "劳动力就业与外出从业情况季报", "统计", PeriodType.Quarterly },
        { "防止返贫监测对象月报", "乡村振兴", PeriodType.Monthly },
        { "村党组织和党员情况年报", "组织", PeriodType.Yearly },
        { "村集体经济组织收益分配年报", "农业农村", PeriodType.Yearly },
        { "安全隐患排查整治月报", "应急管理", PeriodType.Monthly },
    };

    private static FieldCatalog Catalog() => CatalogLoader.LoadDirectory(CatalogDir);

    /// <summary>Loads and compiles the whole directory; on failure the message lists every problem as file:line:column.</summary>
    private static TemplateLibrary Library()
    {
        try { return TemplateLibrary.LoadDirectory(TemplateDir, Catalog()); }
        catch (SourceProblemException e)
        {
            Assert.Fail(string.Join("\n", e.Problems.Select(p => $"{p.File}:{p.Line}:{p.Column}: {p.Message.Zh}")));
            throw;
        }
    }

    [Fact]
    public void EveryShippedTemplateLoadsCompilesAgainstTheShippedCatalogAndHasAWellFormedNarrative()
    {
        var files = Directory.GetFiles(TemplateDir, "*.yaml");
        var templates = TemplateLoader.LoadDirectory(TemplateDir);
        Assert.Equal(files.Length, templates.Count);

        var library = Library();
        Assert.Equal(templates.Count, library.AllVersions.Count());

        var renderer = new NarrativeRenderer();
        var problems = templates.SelectMany(t => renderer.Check(t).Select(p => $"{Path.GetFileName(t.SourceFile)}: {p.Message.Zh}")).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void AtLeastTwelveTemplatesShipAndEveryRequiredReportIsAmongThem()
    {
        var templates = TemplateLoader.LoadDirectory(TemplateDir);

        Assert.True(templates.Count >= 12, $"{templates.Count} templates");
        Assert.Equal(templates.Count, templates.Select(t => t.Id).Distinct().Count());
        foreach (var row in Required)
        {
            var (title, department, period) = ((string)row[0], (string)row[1], (PeriodType)row[2]);
            var template = Assert.Single(templates, t => t.Title == title);
            Assert.Equal((department, period), (template.Department, template.Period));
        }
    }

    /// <summary>
    /// A preview reads only the fields its template names; a template whose reads the analyzer cannot follow field by
    /// field (p[name], Object.keys(p)) reads every field of the type. No shipped template needs that.
    /// </summary>
    [Fact]
    public void EveryShippedTemplateNamesEveryFieldItReads()
    {
        var whole = Library().AllVersions.Where(t => t.TypesReadWhole.Count > 0)
            .Select(t => $"{t.Template.Id}: {string.Join(", ", t.TypesReadWhole)}").ToList();
        Assert.True(whole.Count == 0, string.Join("\n", whole));
    }

    [Fact]
    public void EveryShippedTemplateIsACompleteDepartmentReport()
    {
        foreach (var t in TemplateLoader.LoadDirectory(TemplateDir))
        {
            var name = Path.GetFileName(t.SourceFile);
            Assert.Equal(t.Id + ".yaml", name);
            Assert.InRange(t.Columns.Count, 4, 10);
            Assert.All(t.Columns, c => Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", c.Title));
            Assert.All(t.Columns.Where(c => c.Rollup != RollupRule.None), c => Assert.False(string.IsNullOrEmpty(c.Unit), $"{name}: {c.Id} has no unit"));
            Assert.Contains(t.Checks, c => c.Level == CheckLevel.Error);
            // mz-dibao-monthly is the language reference's worked example (docs/templates.md §18) and keeps its single check.
            if (t.Id != "mz-dibao-monthly") Assert.Contains(t.Checks, c => c.Level == CheckLevel.Warning);
            Assert.False(string.IsNullOrWhiteSpace(t.Narrative), name);
            Assert.Contains("{{ unit.name }}", t.Narrative);
            Assert.Matches(@"\{\{ period\.(display|end) \}\}", t.Narrative);
            Assert.Contains("{{ row.", t.Narrative);
        }
    }

    [Fact]
    public void TheShippedCatalogHasSixtyOrMoreFieldsAndNeverAsksForDerivableFacts()
    {
        var catalog = Catalog();

        Assert.True(catalog.Fields.Count >= 60, $"{catalog.Fields.Count} fields");
        Assert.All(catalog.Fields, f => Assert.False(string.IsNullOrWhiteSpace(f.OwnerDepartment), f.Key));
        foreach (var derived in new[] { "person.birth_date", "person.gender", "person.age", "household.size", "household.members", "village.party_members" })
            Assert.Null(catalog.FindField(derived));
        foreach (var periodic in new[]
                 {
                     "household.dibao_amount", "household.tekun_amount", "person.elderly_allowance_amount", "person.orphan_allowance_amount",
                     "person.disability_subsidy_amount", "person.care_subsidy_amount", "village.operating_income", "village.distributed_amount",
                     "village.hazards_found", "village.hazards_fixed", "village.major_hazards",
                 })
            Assert.Equal(FieldKind.Periodic, catalog.FindField(periodic)!.Kind);
    }

    /// <summary>
    /// A smoke run, not a golden test: one village with a little of everything, every template derived for its period
    /// (month, quarter, year) and rolled up. No cell may fail and no error-level check may fail, at village or county level.
    /// </summary>
    [Fact]
    public async Task EveryShippedTemplateEvaluatesWithoutCellErrorsOnPlausibleData()
    {
        await using var f = await ReportFixture.CreateAsync();
        var library = Library();
        var s = f.Store.OpenSession("test", ChangeSource.Import);
        var jan1 = ReportFixture.Jan1;

        var village = s.Create("village", ReportFixture.VillageA, new Dictionary<string, object?>
        {
            ["area_mu"] = 8000m, ["cultivated_land_mu"] = 2100.5m, ["villager_groups"] = 6L, ["natural_villages"] = 4L,
            ["party_branch_type"] = "党支部",
        }, jan1);
        s.SetPeriodic(village, "collective_income", "2026", 35.6m);
        s.SetPeriodic(village, "operating_income", "2026", 20m);
        s.SetPeriodic(village, "collective_expenses", "2026", 15.6m);
        s.SetPeriodic(village, "distributed_amount", "2026", 8m);
        s.SetPeriodic(village, "hazards_found", "2026-11", 5L);
        s.SetPeriodic(village, "major_hazards", "2026-11", 1L);
        s.SetPeriodic(village, "hazards_fixed", "2026-11", 4L);

        var dibao = s.Create("household", ReportFixture.VillageA, new Dictionary<string, object?>
        {
            ["name"] = "王建国", ["dibao_status"] = "在保", ["dibao_persons"] = 2L, ["tekun_status"] = "未纳入",
            ["monitoring_object"] = true, ["monitoring_type"] = "边缘易致贫户", ["risk_type"] = "因病",
            ["monitoring_date"] = new DateOnly(2026, 11, 3),
        }, jan1);
        s.SetPeriodic(dibao, "dibao_amount", "2026-11", 1300m);
        var tekun = s.Create("household", ReportFixture.VillageA, new Dictionary<string, object?>
        {
            ["name"] = "李秀英", ["dibao_status"] = "未纳入", ["tekun_status"] = "分散供养", ["tekun_persons"] = 1L, ["monitoring_object"] = false,
        }, jan1);
        s.SetPeriodic(tekun, "tekun_amount", "2026-11", 980m);
        var other = s.Create("household", ReportFixture.VillageA, new Dictionary<string, object?>
        {
            ["name"] = "张伟", ["dibao_status"] = "未纳入", ["tekun_status"] = "未纳入", ["monitoring_object"] = false,
        }, jan1);

        Guid Person(Guid household, string name, string id, Dictionary<string, object?> fields)
        {
            fields["name"] = name;
            fields["id_number"] = id;
            fields["household"] = household.ToString();
            return s.Create("person", ReportFixture.VillageA, fields, jan1);
        }

        var old = Person(dibao, "王建国", ReportFixture.IdNumber(1942, 5, 6, 11), new() { ["health_managed"] = true, ["family_doctor_signed"] = true, ["chronic_disease"] = true, ["party_member"] = true, ["party_join_date"] = new DateOnly(1970, 7, 1) });
        s.SetPeriodic(old, "elderly_allowance_amount", "2026-11", 100m);
        var disabled = Person(dibao, "王小红", ReportFixture.IdNumber(1975, 3, 2, 22), new() { ["disability_grade"] = "一级", ["labor_ability"] = "丧失劳动力", ["self_care_ability"] = "完全失能" });
        s.SetPeriodic(disabled, "disability_subsidy_amount", "2026-11", 90m);
        s.SetPeriodic(disabled, "care_subsidy_amount", "2026-11", 100m);
        Person(tekun, "李秀英", ReportFixture.IdNumber(1950, 8, 9, 32), new() { ["health_managed"] = true });
        Person(other, "张伟", ReportFixture.IdNumber(1990, 1, 15, 11), new() { ["employment_status"] = "务工", ["migrant_worker"] = true, ["work_place"] = "省外", ["labor_ability"] = "普通劳动力", ["party_member"] = true, ["education"] = "大专", ["party_join_date"] = new DateOnly(2026, 6, 1) });
        Person(other, "张丽", ReportFixture.IdNumber(1992, 4, 20, 22), new() { ["employment_status"] = "务农", ["labor_ability"] = "普通劳动力" });
        var orphan = Person(other, "张小明", ReportFixture.IdNumber(2015, 9, 1, 31), new() { ["orphan_type"] = "社会散居孤儿", ["employment_status"] = "在校学生" });
        s.SetPeriodic(orphan, "orphan_allowance_amount", "2026-11", 1200m);
        await s.SaveChangesAsync();

        var deriver = new ReportDeriver(f.Store, library, new TemplateEvaluator(), new NarrativeRenderer());
        var county = RegionCode.Parse(ReportFixture.County);
        foreach (var period in new[] { "2026-11", "2026Q4", "2026" })
            await deriver.RebuildAsync(county, Period.Parse(period));

        var problems = new List<string>();
        foreach (var t in library.AllVersions.Select(c => c.Template))
        {
            var period = t.Period switch { PeriodType.Monthly => "2026-11", PeriodType.Quarterly => "2026Q4", _ => "2026" };
            foreach (var unit in new[] { ReportFixture.VillageA, ReportFixture.VillageB, ReportFixture.County })
            {
                var row = await deriver.GetRowAsync(t.Id, t.Version, period, unit);
                if (row is null) { problems.Add($"{t.Id} {unit}: no row"); continue; }
                problems.AddRange(row.CellErrors.Select(e => $"{t.Id} {unit} {e.Key}: {e.Value.Zh}"));
                problems.AddRange(row.Checks.Where(c => c.Level == CheckLevel.Error && !c.Passed).Select(c => $"{t.Id} {unit} check: {c.Message}"));
                if (string.IsNullOrWhiteSpace(row.Narrative)) problems.Add($"{t.Id} {unit}: no narrative");
            }
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));

        // A few cells that exercise the less common paths: a join by household id, date filters against period bounds,
        // a labour count by subtraction, text from the village and prev() on the first month.
        var monitoring = await deriver.GetRowAsync("xczx-monitoring-monthly", 1, "2026-11", ReportFixture.VillageA);
        Assert.Equal((1m, 2m, 1m, 1m), ((decimal?)monitoring!["hh"], (decimal?)monitoring["persons"], (decimal?)monitoring["marginal"], (decimal?)monitoring["new_hh"]));
        var labour = await deriver.GetRowAsync("tj-labour-quarterly", 1, "2026Q4", ReportFixture.VillageA);
        Assert.Equal((2m, 1m), ((decimal?)labour!["labour"], (decimal?)labour["out_province"]));   // 张伟, 张丽; 王小红 cannot work, 张小明 is a pupil
        var party = await deriver.GetRowAsync("zz-party-yearly", 1, "2026", ReportFixture.VillageA);
        Assert.Equal(("党支部", 2m, 1m), ((string?)party!["branch_type"], (decimal?)party["members"], (decimal?)party["new_members"]));
        var hazards = await deriver.GetRowAsync("yj-hazard-monthly", 1, "2026-11", ReportFixture.County);
        Assert.Equal((5m, 4m, 80m), ((decimal?)hazards!["ytd_found"], (decimal?)hazards["ytd_fixed"], (decimal?)hazards["ytd_fix_pct"]));
    }
}
