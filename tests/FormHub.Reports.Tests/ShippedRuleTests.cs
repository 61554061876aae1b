using FormHub.Core.OrgUnits;
using FormHub.Core.Periods;
using FormHub.Scripting;
using FormHub.Storage.Model;

namespace FormHub.Reports.Tests;

/// <summary>
/// Golden tests of every rule in form-templates/rules on hand-built villages: a record at fault is found (with a message
/// naming it), a record that is not is not, and fixing the record resolves the finding.
/// </summary>
public class ShippedRuleTests
{
    private static readonly Period Month = Period.Parse("2026-11");
    private const string V = ReportFixture.VillageA;

    private sealed class Village(ReportFixture f) : IAsyncDisposable
    {
        private int _serial;
        public ReportFixture F => f;
        public FindingsDeriver Deriver { get; } = new(f.Store, RuleBook.LoadDirectory(Path.Combine(RepositoryRoot.Path, "form-templates", "rules"), f.Catalog),
            new RuleEvaluator());

        public async Task<Guid> HouseholdAsync(string head, Dictionary<string, object?>? fields = null)
        {
            var s = f.Store.OpenSession("test", ChangeSource.Import);
            var all = new Dictionary<string, object?>(fields ?? []) { ["name"] = head };
            var id = s.Create("household", V, all, ReportFixture.Jan1);
            await s.SaveChangesAsync();
            return id;
        }

        /// <summary>A person born on 1 January of <paramref name="born"/> in <paramref name="household"/>.</summary>
        public async Task<Guid> PersonAsync(Guid household, string name, int born, Dictionary<string, object?>? fields = null)
        {
            var s = f.Store.OpenSession("test", ChangeSource.Import);
            var all = new Dictionary<string, object?>(fields ?? [])
            {
                ["name"] = name, ["household"] = household, ["id_number"] = ReportFixture.IdNumber(born, 1, 1, 100 + ++_serial),
            };
            var id = s.Create("person", V, all, ReportFixture.Jan1);
            await s.SaveChangesAsync();
            return id;
        }

        public async Task ChangeAsync(Guid id, Dictionary<string, object?> fields, DateOnly? from = null)
        {
            var doc = await f.Store.GetAsync(id);
            var s = f.Store.OpenSession("test", ChangeSource.Form);
            s.Change(id, doc!.Version, fields, from ?? ReportFixture.Jan1);
            await s.SaveChangesAsync();
        }

        public async Task PayAsync(Guid id, string field, decimal? amount, string? month = null)
        {
            var s = f.Store.OpenSession("test", ChangeSource.Form);
            s.SetPeriodic(id, field, month ?? Month.Key, amount);
            await s.SaveChangesAsync();
        }

        public async Task<IReadOnlyList<Finding>> RunAsync(string rule)
        {
            var tree = new RegionTree(await f.Store.GetRegionsAsync());
            var summary = await Deriver.RefreshVillageAsync(tree.Find(V)!, Month, [Deriver.Rules.Find(rule)!]);
            Assert.True(summary.Failures.Count == 0, string.Join("\n", summary.Failures));
            return (await f.Store.ListFindingsAsync(V, Month.Key, includeResolved: true)).Where(x => x.RuleId == rule).ToList();
        }

        public ValueTask DisposeAsync() => f.DisposeAsync();
    }

    private static async Task<Village> VillageAsync() => new(await ReportFixture.CreateAsync());

    private static Finding Open(IEnumerable<Finding> findings, Guid entity) => Assert.Single(findings, x => x.EntityId == entity && x.IsOpen);

    [Fact]
    public async Task EveryShippedRuleCompilesAgainstTheCatalog()
    {
        await using var v = await VillageAsync();
        Assert.Equal(
            ["mz-care-subsidy-eligibility", "mz-dead-person-paid", "mz-dibao-amount-jump", "mz-dibao-persons-mismatch", "mz-dibao-stopped-still-paid",
             "mz-disability-subsidy-no-grade", "mz-elderly-allowance-eligibility", "mz-elderly-allowance-no-age", "mz-elderly-unpaid",
             "mz-orphan-adult", "mz-orphan-allowance-eligibility", "mz-person-in-two-households", "mz-person-in-two-villages", "mz-phone-shared",
             "mz-phone-shared-across-villages", "mz-tekun-also-dibao", "mz-tekun-eligibility", "mz-tekun-paid-not-enrolled", "mz-tekun-persons-missing",
             "rs-child-worker", "tj-migrant-no-work-place", "wj-chronic-unmanaged", "xczx-monitoring-dates-inverted", "xczx-monitoring-risk-missing",
             "xczx-monitoring-type-missing", "xczx-no-labor-without-disability", "zz-party-member-under-18"],
            v.Deriver.Rules.Rules.Select(r => r.Rule.Id));
    }

    [Fact]
    public async Task EveryShippedRuleHasAnEnglishMessageAndEveryTemplateCheckNamingRecordsNamesAShippedRule()
    {
        await using var v = await VillageAsync();
        Assert.All(v.Deriver.Rules.Rules, r => Assert.NotNull(r.Rule.MessageEn));
        var templates = FormHub.Core.Templates.TemplateLoader.LoadDirectory(Path.Combine(RepositoryRoot.Path, "form-templates", "templates"));
        var naming = templates.SelectMany(t => t.Checks.Where(c => c.Records is not null).Select(c => (t.Id, c.Records, c.RecordsGap))).ToList();
        Assert.Contains(naming, n => n is ("mz-elderly-allowance-monthly", "mz-elderly-unpaid", null));
        foreach (var (template, records, gap) in naming)
        {
            var rule = v.Deriver.Rules.Find(records!)?.Rule;
            Assert.True(rule is not null, $"{template}: records {records} is not a shipped rule");
            // a gap narrows an eligibility list only
            Assert.True(gap is null || rule.Kind == FormHub.Core.Rules.RuleKind.Eligibility, $"{template}: records_gap on a check rule");
        }
    }

    /// <summary>
    /// A shipped check that counts people or households names them: it links the record rule that finds the same records.
    /// Checks over totals (row.x &lt;= row.y) name nobody by nature. The two that sum a person's payments over a quarter or a year
    /// (sumOfMonths) are left: a record rule sees one month, so it would name a different set of people.
    /// </summary>
    [Fact]
    public void EveryShippedCheckThatCountsRecordsNamesThem()
    {
        var templates = FormHub.Core.Templates.TemplateLoader.LoadDirectory(Path.Combine(RepositoryRoot.Path, "form-templates", "templates"));
        var counting = templates.SelectMany(t => t.Checks.Where(c => c.Rule.Code.Contains("count(", StringComparison.Ordinal)).Select(c => (t.Id, c))).ToList();
        Assert.True(counting.Count >= 18, $"only {counting.Count} counting checks");
        Assert.All(counting.Where(x => !x.c.Rule.Code.Contains("sumOfMonths", StringComparison.Ordinal)),
            x => Assert.True(x.c.Records is not null, $"{x.Id}: “{x.c.Message}” counts records but names none (records:)"));
    }

    [Fact]
    public async Task SupportedHouseholdAlsoOnDibaoIsFound()
    {
        await using var v = await VillageAsync();
        var both = await v.HouseholdAsync("周甲", new() { ["tekun_status"] = "分散供养", ["dibao_status"] = "在保" });
        var tekunOnly = await v.HouseholdAsync("周乙", new() { ["tekun_status"] = "集中供养", ["dibao_status"] = "停保" });
        var dibaoOnly = await v.HouseholdAsync("周丙", new() { ["tekun_status"] = "未纳入", ["dibao_status"] = "在保" });

        var found = await v.RunAsync("mz-tekun-also-dibao");
        var finding = Open(found, both);
        Assert.Equal("周甲户为特困分散供养，同时在保低保", finding.Message);
        Assert.Equal("周甲 household: under extreme-poverty support (分散供养) and on dibao at the same time", finding.MessageEn);
        Assert.Equal(FormHub.Core.Rules.FindingLevel.Warning, finding.Level);
        Assert.Equal("在保", finding.Values["dibao_status"]);
        Assert.DoesNotContain(found, x => x.EntityId == tekunOnly || x.EntityId == dibaoOnly);

        await v.ChangeAsync(both, new() { ["dibao_status"] = "停保" });
        Assert.NotNull(Assert.Single(await v.RunAsync("mz-tekun-also-dibao")).ResolvedAt);
    }

    [Fact]
    public async Task SupportedHouseholdWithoutPersonsSupportedIsFound()
    {
        await using var v = await VillageAsync();
        var missing = await v.HouseholdAsync("冯甲", new() { ["tekun_status"] = "集中供养" });
        var zero = await v.HouseholdAsync("冯乙", new() { ["tekun_status"] = "分散供养", ["tekun_persons"] = 0 });
        var filled = await v.HouseholdAsync("冯丙", new() { ["tekun_status"] = "分散供养", ["tekun_persons"] = 1 });
        var notSupported = await v.HouseholdAsync("冯丁", new() { ["tekun_status"] = "未纳入" });

        var found = await v.RunAsync("mz-tekun-persons-missing");
        Assert.Equal("冯甲户为特困集中供养，特困供养人数未填写（应至少为1人）", Open(found, missing).Message);
        Assert.Equal("冯乙户为特困分散供养，特困供养人数为0人（应至少为1人）", Open(found, zero).Message);
        Assert.Equal(FormHub.Core.Rules.FindingLevel.Error, Open(found, zero).Level);
        Assert.DoesNotContain(found, x => x.EntityId == filled || x.EntityId == notSupported);
    }

    [Fact]
    public async Task SupportPaidToAHouseholdNotUnderSupportIsFound()
    {
        await using var v = await VillageAsync();
        var notEnrolled = await v.HouseholdAsync("陈甲", new() { ["tekun_status"] = "未纳入" });
        var noStatus = await v.HouseholdAsync("陈乙");
        var enrolled = await v.HouseholdAsync("陈丙", new() { ["tekun_status"] = "分散供养", ["tekun_persons"] = 1 });
        foreach (var id in new[] { notEnrolled, noStatus, enrolled })
            await v.PayAsync(id, "tekun_amount", 800m);

        var found = await v.RunAsync("mz-tekun-paid-not-enrolled");
        Assert.Equal("陈甲户特困供养状态为“未纳入”，2026年11月发放供养金800元", Open(found, notEnrolled).Message);
        Assert.Equal("陈乙 household: no extreme-poverty support status, yet paid 800 yuan of support in 2026-11", Open(found, noStatus).MessageEn);
        Assert.DoesNotContain(found, x => x.EntityId == enrolled);

        await v.PayAsync(notEnrolled, "tekun_amount", null);
        Assert.False(Assert.Single(await v.RunAsync("mz-tekun-paid-not-enrolled"), x => x.EntityId == notEnrolled).IsOpen);
    }

    [Fact]
    public async Task PartyMemberUnderEighteenIsFound()
    {
        await using var v = await VillageAsync();
        var hh = await v.HouseholdAsync("蒋一");
        var young = await v.PersonAsync(hh, "蒋小", 2010, new() { ["party_member"] = true });
        var adult = await v.PersonAsync(hh, "蒋一", 1970, new() { ["party_member"] = true });
        var notMember = await v.PersonAsync(hh, "蒋二", 2012);

        var found = await v.RunAsync("zz-party-member-under-18");
        var finding = Open(found, young);
        Assert.Equal("蒋小（蒋一户）16周岁，登记为党员（按身份证号推算年龄）", finding.Message);
        Assert.Equal("蒋小 (蒋一 household), aged 16 (from the ID number), is registered as a party member", finding.MessageEn);
        Assert.Equal(FormHub.Core.Rules.FindingLevel.Error, finding.Level);
        Assert.DoesNotContain(found, x => x.EntityId == adult || x.EntityId == notMember);

        await v.ChangeAsync(young, new() { ["party_member"] = false });
        Assert.NotNull(Assert.Single(await v.RunAsync("zz-party-member-under-18")).ResolvedAt);
    }

    [Fact]
    public async Task MigrantWorkerWithoutAWorkPlaceIsFound()
    {
        await using var v = await VillageAsync();
        var hh = await v.HouseholdAsync("韩一");
        var nowhere = await v.PersonAsync(hh, "韩一", 1980, new() { ["migrant_worker"] = true });
        var placed = await v.PersonAsync(hh, "韩二", 1982, new() { ["migrant_worker"] = true, ["work_place"] = "省外" });
        var home = await v.PersonAsync(hh, "韩三", 1984, new() { ["migrant_worker"] = false });

        var found = await v.RunAsync("tj-migrant-no-work-place");
        Assert.Equal("韩一（韩一户）登记为外出务工，未填写务工地点", Open(found, nowhere).Message);
        Assert.Equal(FormHub.Core.Rules.FindingLevel.Warning, Open(found, nowhere).Level);
        Assert.DoesNotContain(found, x => x.EntityId == placed || x.EntityId == home);

        await v.ChangeAsync(nowhere, new() { ["work_place"] = "县内乡外" });
        Assert.NotNull(Assert.Single(await v.RunAsync("tj-migrant-no-work-place")).ResolvedAt);
    }

    [Fact]
    public async Task MonitoredHouseholdsMissingTypeOrRiskOrWithInvertedDatesAreFound()
    {
        await using var v = await VillageAsync();
        var noType = await v.HouseholdAsync("杨甲", new() { ["monitoring_object"] = true, ["risk_type"] = "因病" });
        var noRisk = await v.HouseholdAsync("杨乙", new() { ["monitoring_object"] = true, ["monitoring_type"] = "边缘易致贫户" });
        var inverted = await v.HouseholdAsync("杨丙", new()
        {
            ["monitoring_object"] = true, ["monitoring_type"] = "脱贫不稳定户", ["risk_type"] = "因病",
            ["monitoring_date"] = new DateOnly(2026, 5, 1), ["risk_eliminated_date"] = new DateOnly(2026, 3, 1),
        });
        var complete = await v.HouseholdAsync("杨丁", new()
        {
            ["monitoring_object"] = true, ["monitoring_type"] = "脱贫不稳定户", ["risk_type"] = "因病",
            ["monitoring_date"] = new DateOnly(2026, 3, 1), ["risk_eliminated_date"] = new DateOnly(2026, 5, 1),
        });
        var notMonitored = await v.HouseholdAsync("杨戊");

        var type = await v.RunAsync("xczx-monitoring-type-missing");
        Assert.Equal("杨甲户为防返贫监测对象，未填写监测类型", Open(type, noType).Message);
        Assert.Equal(FormHub.Core.Rules.FindingLevel.Error, Open(type, noType).Level);
        Assert.DoesNotContain(type, x => x.EntityId != noType);

        var risk = await v.RunAsync("xczx-monitoring-risk-missing");
        Assert.Equal("杨乙 household is under monitoring but has no main risk type", Open(risk, noRisk).MessageEn);
        Assert.Equal(FormHub.Core.Rules.FindingLevel.Warning, Open(risk, noRisk).Level);
        Assert.DoesNotContain(risk, x => x.EntityId != noRisk);

        var dates = await v.RunAsync("xczx-monitoring-dates-inverted");
        Assert.Equal("杨丙户风险消除时间2026-03-01早于纳入监测时间2026-05-01", Open(dates, inverted).Message);
        Assert.DoesNotContain(dates, x => x.EntityId == complete || x.EntityId == notMonitored || x.EntityId == noType);
    }

    [Fact]
    public async Task OrphanAgedEighteenOrOverIsFound()
    {
        await using var v = await VillageAsync();
        var hh = await v.HouseholdAsync("朱一");
        var grown = await v.PersonAsync(hh, "朱大", 2006, new() { ["orphan_type"] = "社会散居孤儿" });
        var child = await v.PersonAsync(hh, "朱小", 2015, new() { ["orphan_type"] = "事实无人抚养儿童" });
        var adult = await v.PersonAsync(hh, "朱一", 1970);

        var found = await v.RunAsync("mz-orphan-adult");
        Assert.Equal("朱大（朱一户）20周岁，仍登记为孤儿或事实无人抚养儿童（类别见所列字段）", Open(found, grown).Message);
        Assert.Equal(FormHub.Core.Rules.FindingLevel.Warning, Open(found, grown).Level);
        Assert.Equal("社会散居孤儿", Open(found, grown).Values["orphan_type"]); // masked when shown, per viewer
        Assert.DoesNotContain(found, x => x.EntityId == child || x.EntityId == adult);
    }

    [Fact]
    public async Task LivingSubsidyPaidWithoutADisabilityGradeIsFound()
    {
        await using var v = await VillageAsync();
        var hh = await v.HouseholdAsync("秦一");
        var noGrade = await v.PersonAsync(hh, "秦一", 1960);
        var graded = await v.PersonAsync(hh, "秦二", 1962, new() { ["disability_grade"] = "三级" });
        await v.PayAsync(noGrade, "disability_subsidy_amount", 90m);
        await v.PayAsync(graded, "disability_subsidy_amount", 90m);

        var found = await v.RunAsync("mz-disability-subsidy-no-grade");
        Assert.Equal("秦一（秦一户）未填残疾等级，2026年11月领取困难残疾人生活补贴90元", Open(found, noGrade).Message);
        Assert.Equal(FormHub.Core.Rules.FindingLevel.Error, Open(found, noGrade).Level);
        Assert.DoesNotContain(found, x => x.EntityId == graded);
    }

    /// <summary>
    /// The store refuses an ID number age cannot be read from, so a person with no age comes from older data (a register
    /// imported before the ID was checked); the rule is run on such a record directly.
    /// </summary>
    [Fact]
    public async Task AllowancePaidToAPersonWhoseAgeIsUnknownIsFound()
    {
        await using var v = await VillageAsync();
        var hh = new ScriptEntity(Guid.NewGuid(), "household", new Dictionary<string, object?> { ["name"] = "尤一" });
        ScriptEntity Person(string name, long? age) => new(Guid.NewGuid(), "person", new Dictionary<string, object?>
        {
            ["name"] = name, ["household"] = hh.Id.ToString(), ["age"] = age, ["id_number"] = null, ["elderly_allowance_amount"] = 100m,
        });
        var unknown = Person("尤老", null);
        var known = Person("尤二", 85L);
        var scope = new EvaluationScope(new ScriptUnit(V, "村", OrgLevel.Village), Month)
        {
            Entities = new Dictionary<string, IReadOnlyList<ScriptEntity>> { ["household"] = [hh], ["person"] = [unknown, known] },
        };

        var run = new RuleEvaluator().Evaluate(v.Deriver.Rules.Find("mz-elderly-allowance-no-age")!, new RuleRecords(scope));
        Assert.Null(run.Failure);
        var hit = Assert.Single(run.Hits);
        Assert.Equal(unknown.Id, hit.EntityId);
        Assert.Equal(("尤老（尤一户）身份证号缺失或无效，无法核定年龄，2026年11月领取高龄津贴100元",
            "尤老 (尤一 household): ID number missing or invalid, so the age is unknown; received 100 yuan of old-age allowance in 2026-11"),
            (hit.Message, hit.MessageEn));
    }

    [Fact]
    public async Task ElderlyWithAChronicDiseaseNotUnderHealthManagementIsFound()
    {
        await using var v = await VillageAsync();
        var hh = await v.HouseholdAsync("许一");
        var unmanaged = await v.PersonAsync(hh, "许老", 1950, new() { ["chronic_disease"] = true });
        var managed = await v.PersonAsync(hh, "许二", 1951, new() { ["chronic_disease"] = true, ["health_managed"] = true });
        var young = await v.PersonAsync(hh, "许三", 1980, new() { ["chronic_disease"] = true });

        var found = await v.RunAsync("wj-chronic-unmanaged");
        Assert.Equal("许老（许一户）76周岁，患慢性病，尚未纳入健康管理", Open(found, unmanaged).Message);
        Assert.DoesNotContain(found, x => x.EntityId == managed || x.EntityId == young);

        await v.ChangeAsync(unmanaged, new() { ["health_managed"] = true });
        Assert.NotNull(Assert.Single(await v.RunAsync("wj-chronic-unmanaged")).ResolvedAt);
    }

    [Fact]
    public async Task DeadPersonPaidAfterDeathIsFoundAndResolvedWhenThePaymentIsCleared()
    {
        await using var v = await VillageAsync();
        var hh = await v.HouseholdAsync("王大");
        var paid = await v.PersonAsync(hh, "王老汉", 1940);
        var unpaid = await v.PersonAsync(hh, "王老太", 1942);
        await v.PayAsync(paid, "elderly_allowance_amount", 100m);
        foreach (var id in new[] { paid, unpaid })
        {
            var s = v.F.Store.OpenSession("test", ChangeSource.Form);
            s.Retire(id, (await v.F.Store.GetAsync(id))!.Version, new DateOnly(2026, 10, 15), RetirementReason.Death);
            await s.SaveChangesAsync();
        }

        var found = await v.RunAsync("mz-dead-person-paid");
        var finding = Open(found, paid);
        Assert.Equal("王老汉（王大户）2026-10-15已死亡注销，2026年11月仍有发放金额", finding.Message);
        Assert.Equal("王老汉 (王大 household): retired as dead on 2026-10-15, still paid in 2026-11", finding.MessageEn);
        Assert.Equal(FormHub.Core.Rules.FindingLevel.Error, finding.Level);
        Assert.Equal("100", finding.Values["elderly_allowance_amount"]);
        Assert.DoesNotContain(found, x => x.EntityId == unpaid);

        await v.PayAsync(paid, "elderly_allowance_amount", null);
        var after = await v.RunAsync("mz-dead-person-paid");
        Assert.NotNull(Assert.Single(after).ResolvedAt);
    }

    [Fact]
    public async Task DibaoHouseholdWhosePersonsCoveredDifferFromItsMembersIsFound()
    {
        await using var v = await VillageAsync();
        var wrong = await v.HouseholdAsync("李甲", new() { ["dibao_status"] = "在保", ["dibao_persons"] = 3 });
        var right = await v.HouseholdAsync("李乙", new() { ["dibao_status"] = "在保", ["dibao_persons"] = 1 });
        await v.PersonAsync(wrong, "李甲", 1970);
        await v.PersonAsync(wrong, "李甲妻", 1972);
        await v.PersonAsync(right, "李乙", 1960);

        var found = await v.RunAsync("mz-dibao-persons-mismatch");
        Assert.Equal("李甲户低保保障人数为3人，户内在册2人", Open(found, wrong).Message);
        Assert.DoesNotContain(found, x => x.EntityId == right);

        await v.ChangeAsync(wrong, new() { ["dibao_persons"] = 2 });
        Assert.All(await v.RunAsync("mz-dibao-persons-mismatch"), x => Assert.False(x.IsOpen));
    }

    [Fact]
    public async Task WorkingAgePersonWithoutLabourAbilityAndWithoutDisabilityGradeIsFound()
    {
        await using var v = await VillageAsync();
        var hh = await v.HouseholdAsync("张三");
        var noGrade = await v.PersonAsync(hh, "张三", 1990, new() { ["labor_ability"] = "丧失劳动力" });
        var graded = await v.PersonAsync(hh, "张四", 1991, new() { ["labor_ability"] = "无劳动力", ["disability_grade"] = "二级" });
        var old = await v.PersonAsync(hh, "张五", 1950, new() { ["labor_ability"] = "无劳动力" });

        var found = await v.RunAsync("xczx-no-labor-without-disability");
        Assert.Equal("张三（张三户）36周岁，劳动技能为“丧失劳动力”，但未登记残疾等级", Open(found, noGrade).Message);
        Assert.DoesNotContain(found, x => x.EntityId == graded || x.EntityId == old);

        await v.ChangeAsync(noGrade, new() { ["disability_grade"] = "四级" });
        Assert.NotNull(Assert.Single(await v.RunAsync("xczx-no-labor-without-disability")).ResolvedAt);
    }

    [Fact]
    public async Task ChildUnderSixteenMarkedAsWorkingIsFound()
    {
        await using var v = await VillageAsync();
        var hh = await v.HouseholdAsync("赵一");
        var child = await v.PersonAsync(hh, "赵小", 2014, new() { ["employment_status"] = "务工" });
        var adult = await v.PersonAsync(hh, "赵一", 1980, new() { ["employment_status"] = "务工" });

        var found = await v.RunAsync("rs-child-worker");
        Assert.Equal("赵小（赵一户）12周岁，标为务工", Open(found, child).Message);
        Assert.DoesNotContain(found, x => x.EntityId == adult);

        await v.ChangeAsync(child, new() { ["employment_status"] = "在校学生" });
        Assert.NotNull(Assert.Single(await v.RunAsync("rs-child-worker")).ResolvedAt);
    }

    [Fact]
    public async Task ResidentOverEightyWithoutAllowanceThisMonthIsFoundUntilPaid()
    {
        await using var v = await VillageAsync();
        var hh = await v.HouseholdAsync("钱一");
        var unpaid = await v.PersonAsync(hh, "钱老", 1940);
        var paid = await v.PersonAsync(hh, "钱婆", 1941);
        await v.PayAsync(paid, "elderly_allowance_amount", 100m);

        var found = await v.RunAsync("mz-elderly-unpaid");
        Assert.Equal("钱老（钱一户）86周岁，2026年11月未发放高龄津贴", Open(found, unpaid).Message);
        Assert.DoesNotContain(found, x => x.EntityId == paid);

        await v.PayAsync(unpaid, "elderly_allowance_amount", 100m);
        Assert.NotNull(Assert.Single(await v.RunAsync("mz-elderly-unpaid")).ResolvedAt);
    }

    [Fact]
    public async Task PhoneSharedByMoreThanFiveHouseholdsIsFoundForEachHolder()
    {
        await using var v = await VillageAsync();
        var holders = new List<Guid>();
        for (var i = 0; i < 6; i++)
        {
            var hh = await v.HouseholdAsync($"孙{i}");
            holders.Add(await v.PersonAsync(hh, $"孙{i}", 1970 + i, new() { ["phone"] = "13800138000" }));
        }
        for (var i = 0; i < 5; i++)
        {
            var hh = await v.HouseholdAsync($"周{i}");
            await v.PersonAsync(hh, $"周{i}", 1960 + i, new() { ["phone"] = "13900139000" });
        }

        var found = await v.RunAsync("mz-phone-shared");
        Assert.Equal(6, found.Count(x => x.IsOpen));
        Assert.Equal("孙0（孙0户）的联系电话同时登记在本村5户以上", Open(found, holders[0]).Message);
        Assert.Equal("13800138000", Open(found, holders[0]).Values["phone"]); // masked when shown, per viewer

        await v.ChangeAsync(holders[5], new() { ["phone"] = "13700137000" });
        Assert.All(await v.RunAsync("mz-phone-shared"), x => Assert.False(x.IsOpen));
    }

    [Fact]
    public async Task ElderlyAllowanceListShowsEligibleUnpaidAndPaidIneligible()
    {
        await using var v = await VillageAsync();
        var hh = await v.HouseholdAsync("吴一");
        var eligible = await v.PersonAsync(hh, "吴老", 1940);
        var young = await v.PersonAsync(hh, "吴中", 1960);
        var both = await v.PersonAsync(hh, "吴婆", 1941);
        await v.PayAsync(young, "elderly_allowance_amount", 100m);
        await v.PayAsync(both, "elderly_allowance_amount", 100m);

        var found = await v.RunAsync("mz-elderly-allowance-eligibility");
        Assert.Equal("应享未享", Open(found, eligible).Gap);
        Assert.Equal("吴老（吴一户）86周岁，符合条件，本月未发放高龄津贴", Open(found, eligible).Message);
        Assert.Equal("不应享仍享", Open(found, young).Gap);
        Assert.Equal("吴中（吴一户）66周岁，不符合条件但本月仍发放高龄津贴", Open(found, young).Message);
        Assert.DoesNotContain(found, x => x.EntityId == both);

        await v.PayAsync(eligible, "elderly_allowance_amount", 100m);
        await v.PayAsync(young, "elderly_allowance_amount", null);
        Assert.All(await v.RunAsync("mz-elderly-allowance-eligibility"), x => Assert.False(x.IsOpen));
    }

    [Fact]
    public async Task CareSubsidyListShowsSeverelyDisabledUnpaidAndDeadStillPaid()
    {
        await using var v = await VillageAsync();
        var hh = await v.HouseholdAsync("郑一");
        var eligible = await v.PersonAsync(hh, "郑一", 1970, new() { ["disability_grade"] = "一级" });
        var mild = await v.PersonAsync(hh, "郑二", 1972, new() { ["disability_grade"] = "三级" });
        var dead = await v.PersonAsync(hh, "郑三", 1950, new() { ["disability_grade"] = "二级" });
        await v.PayAsync(dead, "care_subsidy_amount", 80m);
        var s = v.F.Store.OpenSession("test", ChangeSource.Form);
        s.Retire(dead, 1, new DateOnly(2026, 10, 1), RetirementReason.Death);
        await s.SaveChangesAsync();

        var found = await v.RunAsync("mz-care-subsidy-eligibility");
        Assert.Equal("应享未享", Open(found, eligible).Gap);
        Assert.Equal("不应享仍享", Open(found, dead).Gap);
        Assert.Equal("郑三（郑一户）死亡注销后本月仍发放护理补贴", Open(found, dead).Message);
        Assert.DoesNotContain(found, x => x.EntityId == mild);

        await v.PayAsync(eligible, "care_subsidy_amount", 80m);
        Assert.False(Assert.Single(await v.RunAsync("mz-care-subsidy-eligibility"), x => x.EntityId == eligible).IsOpen);
    }

    [Fact]
    public async Task OrphanAllowanceListShowsUnpaidOrphansAndPaidAdults()
    {
        await using var v = await VillageAsync();
        var hh = await v.HouseholdAsync("冯一");
        var child = await v.PersonAsync(hh, "冯小", 2016, new() { ["orphan_type"] = "社会散居孤儿" });
        var grown = await v.PersonAsync(hh, "冯大", 2006, new() { ["orphan_type"] = "社会散居孤儿" });
        var other = await v.PersonAsync(hh, "冯一", 1980);
        await v.PayAsync(grown, "orphan_allowance_amount", 1200m);

        var found = await v.RunAsync("mz-orphan-allowance-eligibility");
        Assert.Equal("应享未享", Open(found, child).Gap);
        Assert.Equal("不应享仍享", Open(found, grown).Gap);
        Assert.DoesNotContain(found, x => x.EntityId == other);

        await v.PayAsync(child, "orphan_allowance_amount", 1200m);
        Assert.False(Assert.Single(await v.RunAsync("mz-orphan-allowance-eligibility"), x => x.EntityId == child).IsOpen);
    }

    [Fact]
    public async Task DibaoStoppedBeforeTheMonthButStillPaidIsFoundWithTheDayAndStatusBefore()
    {
        await using var v = await VillageAsync();
        var stopped = await v.HouseholdAsync("张三", new() { ["dibao_status"] = "在保", ["dibao_persons"] = 2L });
        var stoppedThisMonth = await v.HouseholdAsync("张四", new() { ["dibao_status"] = "在保", ["dibao_persons"] = 1L });
        var covered = await v.HouseholdAsync("张五", new() { ["dibao_status"] = "在保", ["dibao_persons"] = 1L });
        await v.ChangeAsync(stopped, new() { ["dibao_status"] = "停保" }, new DateOnly(2026, 10, 1));
        await v.ChangeAsync(stoppedThisMonth, new() { ["dibao_status"] = "停保" }, new DateOnly(2026, 11, 10));
        foreach (var id in new[] { stopped, stoppedThisMonth, covered }) await v.PayAsync(id, "dibao_amount", 500m);

        var found = await v.RunAsync("mz-dibao-stopped-still-paid");
        var finding = Assert.Single(found);
        Assert.Equal(stopped, finding.EntityId);
        Assert.Equal("张三户2026-10-01由在保改为停保，2026年11月仍发放低保金500元", finding.Message);
        Assert.Equal(("停保", "500"), (finding.Values["dibao_status"], finding.Values["dibao_amount"]));

        await v.PayAsync(stopped, "dibao_amount", null);
        Assert.NotNull(Assert.Single(await v.RunAsync("mz-dibao-stopped-still-paid")).ResolvedAt);
    }

    [Fact]
    public async Task DibaoPaymentMoreThanDoubledSinceLastMonthIsFoundUntilCorrected()
    {
        await using var v = await VillageAsync();
        var jumped = await v.HouseholdAsync("李四", new() { ["dibao_status"] = "在保", ["dibao_persons"] = 1L });
        var raised = await v.HouseholdAsync("李五", new() { ["dibao_status"] = "在保", ["dibao_persons"] = 1L });
        var fresh = await v.HouseholdAsync("李六", new() { ["dibao_status"] = "在保", ["dibao_persons"] = 1L });
        await v.PayAsync(jumped, "dibao_amount", 300m, "2026-10");
        await v.PayAsync(jumped, "dibao_amount", 3000m);
        await v.PayAsync(raised, "dibao_amount", 300m, "2026-10");
        await v.PayAsync(raised, "dibao_amount", 500m);
        await v.PayAsync(fresh, "dibao_amount", 3000m); // nothing last month: no jump to speak of

        var finding = Assert.Single(await v.RunAsync("mz-dibao-amount-jump"));
        Assert.Equal((jumped, "李四户2026年11月低保金3000元，上月300元"), (finding.EntityId, finding.Message));
        Assert.Equal(FormHub.Core.Rules.FindingLevel.Info, finding.Level);

        await v.PayAsync(jumped, "dibao_amount", 300m);
        Assert.NotNull(Assert.Single(await v.RunAsync("mz-dibao-amount-jump")).ResolvedAt);
    }

    [Fact]
    public async Task APersonWithTheSameNameAndBirthDateInTwoHouseholdsIsFoundInBoth()
    {
        await using var v = await VillageAsync();
        var east = await v.HouseholdAsync("赵一");
        var west = await v.HouseholdAsync("赵二");
        // Born the same day (IdNumber gives 1 January), ID numbers differing in the serial: the store takes both.
        var first = await v.PersonAsync(east, "赵小花", 1990);
        var second = await v.PersonAsync(west, "赵小花", 1990);
        var otherYear = await v.PersonAsync(west, "赵小草", 1991);
        await v.PersonAsync(east, "赵小草", 1992);

        var found = await v.RunAsync("mz-person-in-two-households");
        Assert.Equal("赵小花（赵一户）与赵二户的同名人员出生日期相同，可能是同一人登记在两户", Open(found, first).Message);
        Assert.Equal("赵小花（赵二户）与赵一户的同名人员出生日期相同，可能是同一人登记在两户", Open(found, second).Message);
        Assert.DoesNotContain(found, x => x.EntityId == otherYear);

        // The duplicate registration is retired: both findings resolve.
        var s = v.F.Store.OpenSession("test", ChangeSource.Form);
        s.Retire(second, (await v.F.Store.GetAsync(second))!.Version, new DateOnly(2026, 11, 2), RetirementReason.Duplicate);
        await s.SaveChangesAsync();
        Assert.All(await v.RunAsync("mz-person-in-two-households"), x => Assert.NotNull(x.ResolvedAt));
    }

    /// <summary>A person meeting the 特困 criteria but <paramref name="except"/>: income, assets and supporter as a means test records them.</summary>
    private static async Task<Guid> TekunPersonAsync(Village v, Guid household, string name, int born, string? except = null, string labor = "丧失劳动力")
    {
        var fields = new Dictionary<string, object?>
        {
            ["labor_ability"] = labor,
            ["assets_status"] = except == "assets" ? "超出特困财产规定" : "符合特困财产规定",
            ["supporter_status"] = except == "supporter" ? "有义务人且有履行能力" : "无义务人",
        };
        if (except == "unchecked") fields.Remove("assets_status");
        var id = await v.PersonAsync(household, name, born, fields);
        if (except != "unchecked") await v.PayAsync(id, "annual_income", except == "income" ? 12000m : 3000m, "2026");
        return id;
    }

    [Fact]
    public async Task TekunListTakesIncomeAssetsAndSupportersIntoAccount()
    {
        await using var v = await VillageAsync();
        var lone = await v.HouseholdAsync("孙老");
        await TekunPersonAsync(v, lone, "孙老", 1950);
        // Not living alone does not matter: the disabled son with no one able to support him qualifies.
        var family = await v.HouseholdAsync("孙家");
        await v.PersonAsync(family, "孙家母", 1952, new() { ["labor_ability"] = "普通劳动力" });
        await TekunPersonAsync(v, family, "孙家子", 1985, labor: "无劳动力");
        var earning = await v.HouseholdAsync("孙富");
        await TekunPersonAsync(v, earning, "孙富", 1950, except: "income");
        var propertied = await v.HouseholdAsync("孙产");
        await TekunPersonAsync(v, propertied, "孙产", 1950, except: "assets");
        var supported = await v.HouseholdAsync("孙养");
        await TekunPersonAsync(v, supported, "孙养", 1950, except: "supporter");
        var unchecked_ = await v.HouseholdAsync("孙未");
        await TekunPersonAsync(v, unchecked_, "孙未", 1950, except: "unchecked");
        var able = await v.HouseholdAsync("孙壮");
        await TekunPersonAsync(v, able, "孙壮", 1980, labor: "普通劳动力");
        var widowed = await v.HouseholdAsync("孙寡");
        var dead = await TekunPersonAsync(v, widowed, "孙寡", 1940);
        await v.PayAsync(widowed, "tekun_amount", 800m);
        await v.ChangeAsync(dead, new() { ["residence_status"] = "已死亡" });
        var cared = await v.HouseholdAsync("孙护");
        var caredFor = await TekunPersonAsync(v, cared, "孙护", 1945);
        await v.PayAsync(cared, "tekun_amount", 800m);

        var found = await v.RunAsync("mz-tekun-eligibility");
        var unpaid = Open(found, lone);
        Assert.Equal("应享未享", unpaid.Gap);
        Assert.Equal("孙老户有在册成员无劳动能力、无生活来源（收入低于低保标准、财产符合规定）、无法定义务人或义务人无履行能力，符合特困供养条件，本月未发放特困供养金", unpaid.Message);
        Assert.Equal("应享未享", Open(found, family).Gap);
        var stillPaid = Open(found, widowed);
        Assert.Equal(("不应享仍享", "孙寡户已无符合特困供养条件的在册成员（死亡、迁出、收入或财产超标、义务人有履行能力），本月仍发放特困供养金800元"),
            (stillPaid.Gap, stillPaid.Message));
        Assert.DoesNotContain(found, x => new[] { earning, propertied, supported, unchecked_, able, cared }.Contains(x.EntityId));

        // A son able to support 孙护 is found: the paid household drops out of the criteria.
        await v.ChangeAsync(caredFor, new() { ["supporter_status"] = "有义务人且有履行能力" });
        Assert.Equal("不应享仍享", Open(await v.RunAsync("mz-tekun-eligibility"), cared).Gap);

        await v.PayAsync(lone, "tekun_amount", 800m);
        await v.PayAsync(family, "tekun_amount", 800m);
        await v.PayAsync(widowed, "tekun_amount", null);
        await v.PayAsync(cared, "tekun_amount", null);
        Assert.All(await v.RunAsync("mz-tekun-eligibility"), x => Assert.NotNull(x.ResolvedAt));
    }
}
