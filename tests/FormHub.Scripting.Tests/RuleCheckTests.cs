using FormHub.Core.Catalog;
using FormHub.Core.OrgUnits;
using FormHub.Core.Rules;
using FormHub.Core.Text;
using FormHub.Scripting.Compilation;

namespace FormHub.Scripting.Tests;

/// <summary>
/// Record rules (form-templates/rules/) go through the template checker: problems at file, line and column; a message
/// may not show sensitive fields; and a runaway rule fails its own evaluation under the sandbox limits.
/// </summary>
public class RuleCheckTests
{
    private static readonly FieldCatalog Catalog = new(
    [
        new EntityTypeDefinition { Key = "household", LabelZh = "户", LabelEn = "Household" },
        new EntityTypeDefinition { Key = "person", LabelZh = "人员", LabelEn = "Person" },
    ],
    [
        F("household", "name", FieldType.Text),
        F("person", "name", FieldType.Text),
        F("person", "id_number", FieldType.IdNumber) with { Sensitivity = Sensitivity.Sensitive },
        F("person", "phone", FieldType.Phone) with { Sensitivity = Sensitivity.Sensitive },
        F("person", "household", FieldType.EntityRef) with { RefEntityType = "household" },
        F("person", "disability_grade", FieldType.Enum) with { Options = ["一级", "二级", "三级", "四级"] },
        F("person", "care_subsidy_amount", FieldType.Decimal) with { Kind = FieldKind.Periodic },
    ]);

    private static FieldDefinition F(string type, string name, FieldType t) =>
        new() { EntityType = type, Name = name, Type = t, LabelZh = name, LabelEn = name, OwnerDepartment = "民政" };

    private static CompiledRule Compile(string yaml) => new RuleCompiler(Catalog).Compile(RuleLoader.Load("rule.yaml", yaml));

    private static IReadOnlyList<SourceProblem> Problems(string yaml) =>
        Assert.ThrowsAny<SourceProblemException>(() => Compile(yaml)).Problems;

    private const string Good = """
        id: severe
        title: 重度残疾
        entity: person
        department: 残联
        when: |
          const severe = record.disability_grade === '一级';
          severe && record.age >= 18
        message: ${record.name}（${household.name}户）为一级残疾
        fields: [disability_grade]
        """;

    private const string Across = """
        id: same-phone
        title: 同一电话
        entity: person
        department: 民政
        across:
          key: phone
          villages: 2
          households: 6
        when: "true"
        message: ${record.name}的电话也登记在${group.other_villages}
        """;

    [Fact]
    public void AnAcrossRuleReadsItsKeyFieldsAndItsMessageMayNameTheGroupOnly()
    {
        var rule = Compile(Across);
        Assert.Equal(["phone"], rule.Across!.Key);
        Assert.Equal((2, 6, false), (rule.Across.MinVillages, rule.Across.MinHouseholds, rule.Across.WithinVillage));
        // A change of the key or of who belongs to which household re-judges the groups.
        Assert.True(rule.IsAffectedBy("person", false, ["phone"]));
        Assert.True(rule.IsAffectedBy("person", false, ["household"]));
        // group is the message's only: the condition decides which records take part, before any group exists.
        Assert.NotEmpty(Problems(Across.Replace("when: \"true\"", "when: group.households > 5")));
    }

    [Fact]
    public void AnAcrossKeyNotInTheCatalogOrWithinVillageWithVillagesIsRefused()
    {
        Assert.Contains(Problems(Across.Replace("key: phone", "key: [phone, mobile]")), p => p.Message.Zh.Contains("“mobile”不是 person 的字段"));
        Assert.Contains(Problems(Across.Replace("  villages: 2", "  within: village\n  villages: 2")), p => p.Message.Zh.Contains("不能再写 villages"));
        Assert.Contains(Problems(Across.Replace("villages: 2", "villages: 1")), p => p.Message.Zh.Contains("villages 应是 2 到 10000"));
        Assert.Contains(Problems(Across.Replace("id: same-phone", "id: same-phone\nkind: eligibility\nreceives: \"true\"")),
            p => p.Message.Zh.Contains("across 只用于校验规则"));
    }

    [Fact]
    public void AnUnknownFieldInTheConditionIsReportedAtItsLineAndColumnWithASuggestion()
    {
        var problem = Assert.Single(Problems(Good.Replace("record.disability_grade ===", "record.disabilty_grade ===")));
        Assert.Equal(("rule.yaml", 6, 25), (problem.File, problem.Line, problem.Column));
        Assert.Contains("person.disabilty_grade 不在数据目录中", problem.Message.Zh);
        Assert.Contains("disability_grade", problem.Message.Zh);
    }

    [Fact]
    public void ASyntaxErrorInTheMessageIsReportedAtItsColumn()
    {
        var problem = Assert.Single(Problems(Good.Replace("${household.name}户", "${household.name +}户")));
        Assert.Equal((8, 43), (problem.Line, problem.Column)); // the "}" after the "+": the backtick around the text shifts nothing
        Assert.StartsWith("JavaScript 语法错误", problem.Message.Zh);
    }

    [Fact]
    public void AMessageShowingASensitiveFieldIsRefused()
    {
        var problem = Assert.Single(Problems(Good.Replace("为一级残疾", "电话${record.phone}")));
        Assert.Contains("message 不能显示敏感字段", problem.Message.Zh);
        Assert.Equal(8, problem.Line);
    }

    /// <summary>A message reading the record whole could show any field of it, the ID number and phone too.</summary>
    [Theory]
    [InlineData("${JSON.stringify(record)}")]
    [InlineData("${Object.values(record).join('，')}")]
    [InlineData("${['name', 'phone'].map(k => record[k]).join()}")]
    [InlineData("${members.map(m => JSON.stringify(m)).join()}")]
    public void AMessageReadingASensitiveTypeWholeIsRefused(string shown)
    {
        var problem = Assert.Single(Problems(Good.Replace("为一级残疾", shown)));
        Assert.Contains("规则“severe”的 message 不能整体读取 person 的记录", problem.Message.Zh);
        Assert.Contains("person.id_number", problem.Message.Zh);
        Assert.Equal(8, problem.Line);
    }

    [Fact]
    public void AMessageReadingATypeWithoutSensitiveFieldsWholeIsAllowed() =>
        Assert.Equal(["household"], Compile(Good.Replace("为一级残疾", "${Object.values(household).join('，')}")).TypesReadWhole);

    [Fact]
    public void ARuleReadingTheVillageWholeIsAffectedByAnyChangeOfIt()
    {
        var rule = Compile(Good.Replace("severe && record.age >= 18", "severe && Object.keys(village).length > 0"));
        Assert.Contains("village", rule.TypesReadWhole);
        Assert.True(rule.IsAffectedBy("village", false, ["area_mu"]));
    }

    [Fact]
    public void AnEligibilityRuleWithoutReceivesAndUnknownKeysAreRefused()
    {
        var problems = Problems(Good.Replace("entity: person", "kind: eligibility\nentity: person\nlevl: error"));
        Assert.Contains(problems, p => p.Message.Zh.Contains("receives"));
        Assert.Contains(problems, p => p.Message.Zh.Contains("未知的键“levl”") && p.Message.Zh.Contains("level"));
    }

    [Fact]
    public void ARuleReadingARecordFieldByAComputedNameIsAffectedByEveryFieldAndNeedsTheWholeRecord()
    {
        var rule = Compile(Good.Replace("record.disability_grade === '一级'", "record[['disability', 'grade'].join('_')] === '一级'"));
        Assert.Equal(["person"], rule.TypesReadWhole);
        Assert.True(rule.IsAffectedBy("person", false, ["phone"]));
        Assert.False(rule.ReadsOnlyRecordAndHousehold);
        Assert.True(Compile(Good).ReadsOnlyRecordAndHousehold);
    }

    [Fact]
    public void TheRuleIsAffectedOnlyByTheFieldsItReads()
    {
        var rule = Compile(Good);
        Assert.True(rule.IsAffectedBy("person", false, ["disability_grade"]));
        Assert.True(rule.IsAffectedBy("person", false, ["id_number"])); // age comes from it
        Assert.True(rule.IsAffectedBy("household", false, ["name"]));
        Assert.False(rule.IsAffectedBy("person", false, ["phone"]));
        Assert.True(rule.IsAffectedBy("person", true, []));
    }

    [Fact]
    public void TheEnglishMessageRunsBesideTheChineseOneAndIsCheckedLikeIt()
    {
        var yaml = Good.Replace("fields: [disability_grade]", "message_en: ${record.name} (${household.name} household) has a grade 1 disability\nfields: [disability_grade]");
        var hh = new ScriptEntity(Guid.NewGuid(), "household", new Dictionary<string, object?> { ["name"] = "王大" });
        var a = new ScriptEntity(Guid.NewGuid(), "person", new Dictionary<string, object?>
        {
            ["name"] = "王一", ["household"] = hh.Id.ToString(), ["disability_grade"] = "一级", ["age"] = 40L, ["phone"] = null, ["id_number"] = null,
        });
        var scope = new EvaluationScope(new ScriptUnit("361025101201", "上塘村委会", OrgLevel.Village), TestData.November)
        {
            Entities = new Dictionary<string, IReadOnlyList<ScriptEntity>> { ["household"] = [hh], ["person"] = [a] },
        };
        var hit = Assert.Single(new RuleEvaluator().Evaluate(Compile(yaml), new RuleRecords(scope)).Hits);
        Assert.Equal(("王一（王大户）为一级残疾", "王一 (王大 household) has a grade 1 disability"), (hit.Message, hit.MessageEn));

        // The English message may not show a sensitive field either, and its mistakes are placed like the message's.
        var leak = Problems(Good.Replace("fields: [disability_grade]", "message_en: ${record.name} ${record.phone}"));
        Assert.Contains(leak, p => p.Message.En.Contains("message_en must not show the sensitive field") && p.Line == 9);
        var typo = Problems(Good.Replace("fields: [disability_grade]", "message_en: ${record.nmae}"));
        Assert.Contains(typo, p => p.Line == 9);
    }

    [Fact]
    public void AMessageReadingOnlyItsRecordIsKeptUntilTheRecordHouseholdOrPeriodChanges()
    {
        var rule = Compile(Good.Replace("为一级残疾", "${period.display}为一级残疾"));
        Assert.NotNull(rule.Messages);
        var hh = new ScriptEntity(Guid.NewGuid(), "household", new Dictionary<string, object?> { ["name"] = "王大" });
        var a = new ScriptEntity(Guid.NewGuid(), "person", new Dictionary<string, object?>
        {
            ["name"] = "王一", ["household"] = hh.Id.ToString(), ["disability_grade"] = "一级", ["age"] = 40L, ["phone"] = null, ["id_number"] = null,
        });
        RuleRecords Records(ScriptEntity household, ScriptEntity person, Core.Periods.Period period) =>
            new(new EvaluationScope(new ScriptUnit("361025101201", "上塘村委会", OrgLevel.Village), period)
            {
                Entities = new Dictionary<string, IReadOnlyList<ScriptEntity>> { ["household"] = [household], ["person"] = [person] },
            });
        string Message(RuleRecords records) => Assert.Single(new RuleEvaluator().Evaluate(rule, records).Hits).Message;

        Assert.Equal("王一（王大户）2026年11月为一级残疾", Message(Records(hh, a, TestData.November)));
        var kept = rule.Messages.Find(a);
        // The same record and household in the same month: the kept text, not a new run of the message.
        Assert.Equal("王一（王大户）2026年11月为一级残疾", Message(Records(hh, a, TestData.November)));
        Assert.Same(kept, rule.Messages.Find(a));
        // The household read anew (renamed), the month after, the record itself changed: each runs the message again.
        Assert.Equal("王一（王小户）2026年11月为一级残疾", Message(Records(hh with { Fields = new Dictionary<string, object?> { ["name"] = "王小" } }, a, TestData.November)));
        Assert.Equal("王一（王大户）2026年12月为一级残疾", Message(Records(hh, a, Core.Periods.Period.Parse("2026-12"))));
        var renamed = a with { Fields = new Dictionary<string, object?>(a.Fields) { ["name"] = "王壹" } };
        Assert.Equal("王壹（王大户）2026年11月为一级残疾", Message(Records(hh, renamed, TestData.November)));

        // A message that calls anything, or reads more than the record's own inputs, runs every time.
        Assert.Null(Compile(Good.Replace("${record.name}", "${record.name.trim()}")).Messages);
        Assert.Null(Compile(Good.Replace("${record.name}", "${members.length}")).Messages);
        Assert.Null(Compile(Good.Replace("${record.name}", "${record['name']}")).Messages);
    }

    [Fact]
    public void TheConditionRunsPerRecordWithItsHouseholdAndDeclarationsDoNotClash()
    {
        var hh = new ScriptEntity(Guid.NewGuid(), "household", new Dictionary<string, object?> { ["name"] = "王大" });
        ScriptEntity Person(string name, string? grade) => new(Guid.NewGuid(), "person", new Dictionary<string, object?>
        {
            ["name"] = name, ["household"] = hh.Id.ToString(), ["disability_grade"] = grade, ["age"] = 40L, ["phone"] = null, ["id_number"] = null,
        });
        var a = Person("王一", "一级");
        var b = Person("王二", "三级");
        var c = Person("王三", "一级");
        var scope = new EvaluationScope(new ScriptUnit("361025101201", "上塘村委会", OrgLevel.Village), TestData.November)
        {
            Entities = new Dictionary<string, IReadOnlyList<ScriptEntity>> { ["household"] = [hh], ["person"] = [a, b, c] },
        };
        var run = new RuleEvaluator().Evaluate(Compile(Good), new RuleRecords(scope));
        Assert.Null(run.Failure);
        Assert.Equal([(a.Id, "王一（王大户）为一级残疾"), (c.Id, "王三（王大户）为一级残疾")], run.Hits.Select(h => (h.EntityId, h.Message)));
        Assert.Equal("一级", run.Hits[0].Values["disability_grade"]);
    }

    [Fact]
    public void RulesRunOnTheThreadsSharedEngineAndLeaveNothingToTheNextRuleOrVillage()
    {
        // The checker refuses unknown names, so the leak goes through the global object, as a hostile rule's would.
        var leaker = Compile(Good.Replace("（${household.name}户）", "").Replace("  severe && record.age >= 18",
            "  globalThis.leak = record.name; function adult() { return record.age >= 18; }\n  Math.max = () => 0;\n  severe && adult() && Math.max(1, 2) === 2"));
        var reader = Compile(Good.Replace("（${household.name}户）", "").Replace("id: severe", "id: reader").Replace("  severe && record.age >= 18",
            "  severe && typeof globalThis.leak + typeof globalThis.adult + typeof globalThis.severe === 'undefinedundefinedundefined'"));
        EvaluationScope Village(string name) => new(new ScriptUnit("361025101201", "上塘村委会", OrgLevel.Village), TestData.November)
        {
            Entities = new Dictionary<string, IReadOnlyList<ScriptEntity>>
            {
                ["person"] = [new ScriptEntity(Guid.NewGuid(), "person", new Dictionary<string, object?>
                {
                    ["name"] = name, ["household"] = null, ["disability_grade"] = "一级", ["age"] = 40L, ["phone"] = null, ["id_number"] = null,
                })],
            },
        };
        // Options of its own: this thread has no shared engine for them yet, so the first rule must make exactly one.
        var evaluator = new RuleEvaluator(new SandboxOptions { MaxStatements = 100_004 });
        Assert.True(leaker.SharesEngine);
        Assert.True(reader.SharesEngine);
        var made = Runtime.ScriptHost.SharedEnginesMade;
        Assert.Single(evaluator.Evaluate(leaker, new RuleRecords(Village("王一"))).Hits);
        Assert.Equal(made + 1, Runtime.ScriptHost.SharedEnginesMade);
        made++;

        Assert.Single(evaluator.Evaluate(reader, new RuleRecords(Village("王二"))).Hits);
        Assert.Single(evaluator.Evaluate(leaker, new RuleRecords(Village("王三"))).Hits);
        Assert.Single(evaluator.Evaluate(reader, new RuleRecords(Village("王四"))).Hits);
        Assert.Equal(made, Runtime.ScriptHost.SharedEnginesMade);
    }

    [Fact]
    public void ARuleDeclaringVarKeepsAnEngineOfItsOwn()
    {
        var rule = Compile(Good.Replace("（${household.name}户）", "").Replace("const severe", "var severe"));
        var scope = new EvaluationScope(new ScriptUnit("361025101201", "上塘村委会", OrgLevel.Village), TestData.November)
        {
            Entities = new Dictionary<string, IReadOnlyList<ScriptEntity>>
            {
                ["person"] = [new ScriptEntity(Guid.NewGuid(), "person", new Dictionary<string, object?>
                {
                    ["name"] = "甲", ["household"] = null, ["disability_grade"] = "一级", ["age"] = 40L, ["phone"] = null, ["id_number"] = null,
                })],
            },
        };

        Assert.False(rule.SharesEngine);
        Assert.Single(new RuleEvaluator().Evaluate(rule, new RuleRecords(scope)).Hits);
        Assert.Single(new RuleEvaluator().Evaluate(rule, new RuleRecords(scope)).Hits);
    }

    [Fact]
    public void ARunawayRuleFailsItsOwnEvaluationWithAClearReason()
    {
        var rule = Compile(Good.Replace("  severe && record.age >= 18", "  while (true) {}\n  severe"));
        var scope = new EvaluationScope(new ScriptUnit("361025101201", "上塘村委会", OrgLevel.Village), TestData.November)
        {
            Entities = new Dictionary<string, IReadOnlyList<ScriptEntity>>
            {
                ["person"] = [new ScriptEntity(Guid.NewGuid(), "person", new Dictionary<string, object?> { ["name"] = "甲", ["disability_grade"] = "一级" })],
            },
        };
        var run = new RuleEvaluator(SandboxOptions.Default with { Timeout = TimeSpan.FromMilliseconds(300) }).Evaluate(rule, new RuleRecords(scope));
        Assert.Empty(run.Hits);
        Assert.Contains("规则 severe when", run.Failure!.Message.Zh);
    }

    private const string History = """
        id: grade-changed
        title: 残疾等级变更
        entity: person
        department: 残联
        when: |
          previous(record, 'disability_grade') === '三级' && record.disability_grade === '一级'
            && changedOn(record, 'disability_grade') >= period.start && record.care_subsidy_amount === previous(record, 'care_subsidy_amount')
        message: ${record.name}${changedOn(record, 'disability_grade')}由${previous(record, 'disability_grade')}改为${record.disability_grade}，${history(record, 'care_subsidy_amount').length}期
        """;

    [Fact]
    public void HistoryHelpersAreKnownToTheCheckerAndMarkTheFieldsWhoseHistoryIsRead()
    {
        var rule = Compile(History);
        Assert.Equal(["person.care_subsidy_amount", "person.disability_grade"], rule.HistoryFields.Order());
        Assert.True(rule.IsAffectedBy("person", false, ["disability_grade"]));
        Assert.Empty(Compile(Good).HistoryFields);
    }

    [Fact]
    public void MisusedHistoryHelpersAreReportedAtTheirLineAndColumn()
    {
        // Line 6 is "  previous(record, 'disability_grade') === …"; the field name string stands at column 20.
        var misspelt = Assert.Single(Problems(History.Replace("previous(record, 'disability_grade') ===", "previous(record, 'disabilty_grade') ===")));
        Assert.Equal((6, 20), (misspelt.Line, misspelt.Column));
        Assert.Contains("disability_grade", misspelt.Message.Zh);

        var notARecord = Assert.Single(Problems(History.Replace("previous(record, 'disability_grade') ===", "previous(persons[0], 'disability_grade') ===")));
        Assert.Equal((6, 12), (notARecord.Line, notARecord.Column));
        Assert.Contains("第一个参数应为 record 或 household", notARecord.Message.Zh);

        var periodic = Assert.Single(Problems(History.Replace("changedOn(record, 'disability_grade') >=", "changedOn(record, 'care_subsidy_amount') >=")));
        Assert.Equal(7, periodic.Line);
        Assert.Contains("changedOn() 只用于状态类字段", periodic.Message.Zh);

        var derived = Assert.Single(Problems(History.Replace("previous(record, 'disability_grade') ===", "previous(record, 'age') ===")));
        Assert.Contains("没有自己的变更历史", derived.Message.Zh);

        var computed = Assert.Single(Problems(History.Replace("previous(record, 'disability_grade') ===", "previous(record, 'disability' + '_grade') ===")));
        Assert.Contains("第二个参数应为写明的字段名", computed.Message.Zh);
    }

    [Fact]
    public void AReportTemplateMayNotCallTheHistoryHelpers()
    {
        var template = FormHub.Core.Templates.TemplateLoader.Load("t.yaml", """
            id: t
            version: 1
            title: 测试
            department: 残联
            period: monthly
            columns:
              - id: n
                title: 人数
                value: count(persons, p => previous(p, 'disability_grade') === '三级')
            """);
        var e = Assert.Throws<SourceProblemException>(() => new TemplateCompiler(Catalog).Compile(template));
        var problem = Assert.Single(e.Problems);
        Assert.Equal((9, 32), (problem.Line, problem.Column));
        Assert.Contains("previous() 只能在记录级规则", problem.Message.Zh);
    }

    [Fact]
    public void HistoryHelpersReadTheRecordsHistoryAsLoaded()
    {
        var grade = Guid.NewGuid();
        var steady = Guid.NewGuid();
        ScriptEntity Person(Guid id, string name, string grade, decimal amount) => new(id, "person", new Dictionary<string, object?>
        {
            ["name"] = name, ["household"] = null, ["disability_grade"] = grade, ["age"] = 40L, ["phone"] = null, ["id_number"] = null, ["care_subsidy_amount"] = amount,
        });
        var scope = new EvaluationScope(new ScriptUnit("361025101201", "上塘村委会", OrgLevel.Village), TestData.November)
        {
            Entities = new Dictionary<string, IReadOnlyList<ScriptEntity>> { ["person"] = [Person(grade, "王一", "一级", 100m), Person(steady, "王二", "一级", 100m)] },
        };
        IReadOnlyList<FieldHistoryEntry> Months(decimal october, decimal november) =>
            [new(october, null, "2026-10"), new(november, null, "2026-11")];
        var history = new Dictionary<Guid, IReadOnlyDictionary<string, IReadOnlyList<FieldHistoryEntry>>>
        {
            [grade] = new Dictionary<string, IReadOnlyList<FieldHistoryEntry>>
            {
                ["disability_grade"] = [new("三级", new DateOnly(2020, 1, 1), null), new("一级", new DateOnly(2026, 11, 3), null)],
                ["care_subsidy_amount"] = Months(100m, 100m),
            },
            [steady] = new Dictionary<string, IReadOnlyList<FieldHistoryEntry>>
            {
                ["disability_grade"] = [new("一级", new DateOnly(2020, 1, 1), null)],
                ["care_subsidy_amount"] = Months(100m, 100m),
            },
        };
        var run = new RuleEvaluator().Evaluate(Compile(History), new RuleRecords(scope) { History = history });
        Assert.Null(run.Failure);
        var hit = Assert.Single(run.Hits);
        Assert.Equal((grade, "王一2026-11-03由三级改为一级，2期"), (hit.EntityId, hit.Message));
    }

    [Theory]
    [InlineData("record.age !== null && record.age < 16")]
    [InlineData("record.age >= 16 || record.name === '王一'")]
    [InlineData("!record.disability_grade")]
    [InlineData("!!record.disability_grade && record.age <= 59")]
    [InlineData("record.disability_grade === '一级' || record.disability_grade === '二级'")]
    [InlineData("retirement === null && record.age > 10")]
    [InlineData("retirement !== null || record.age === 40")]
    [InlineData("record.age < 18")]
    [InlineData("record.name > '王二' && record.name <= '王四'")]
    [InlineData("record.age < '20' || false")]
    [InlineData("record.age && record.age > 1")]
    [InlineData("record.care_subsidy_amount > 0")]
    [InlineData("retirement !== null && retirement.reason === '死亡' && retirement.date < period.start")]
    [InlineData("(retirement !== null && retirement.date >= period.start) || period.key === '2026-11' && record.age > 50")]
    [InlineData("period.year === 2026 && period.type === 'monthly' && period.end > '2026-11-29' && period.display === '2026年11月'")]
    public void ASimpleConditionRunsNativelyWithTheEnginesResult(string condition)
    {
        string Rule(string when) => $"""
            id: native
            title: 原生
            entity: person
            department: 残联
            include_retired: true
            when: "{when}"
            message: ${"{"}record.name{"}"}
            """;
        var native = Compile(Rule(condition));
        var engine = Compile(Rule($"(0, {condition})")); // a comma expression: not native, the engine runs it
        Assert.True(native.RunsNatively);
        Assert.False(engine.RunsNatively);

        var id = 0;
        ScriptEntity Person(string name, object? age, string? grade, decimal? amount) => new(new Guid(++id, 0, 0, new byte[8]), "person", new Dictionary<string, object?>
        {
            ["name"] = name, ["household"] = null, ["disability_grade"] = grade, ["age"] = age, ["phone"] = null, ["id_number"] = null,
            ["care_subsidy_amount"] = amount,
        });
        var current = new List<ScriptEntity>
        {
            Person("王一", null, null, null), Person("王二", 5L, "一级", 0m), Person("王三", 16L, "二级", 100m), Person("王四", 40L, "三级", 0.5m),
            Person("王五", 80L, "", -1m), Person("王六", 59L, null, 100m),
        };
        var gone = Person("王七", 40L, "一级", 100m);
        var scope = new EvaluationScope(new ScriptUnit("361025101201", "上塘村委会", OrgLevel.Village), TestData.November)
        {
            Entities = new Dictionary<string, IReadOnlyList<ScriptEntity>> { ["person"] = current },
        };
        var records = new RuleRecords(scope)
        {
            Retired = new Dictionary<string, IReadOnlyList<ScriptEntity>> { ["person"] = [gone] },
            Retirements = new Dictionary<Guid, (DateOnly, string)> { [gone.Id] = (new DateOnly(2026, 10, 1), "死亡") },
        };
        var a = new RuleEvaluator().Evaluate(native, records);
        var b = new RuleEvaluator().Evaluate(engine, records);
        Assert.Equal(b.Hits.Select(h => h.Message), a.Hits.Select(h => h.Message));
        Assert.Equal(b.Failure?.Message.Zh.Replace("(0, ", ""), a.Failure?.Message.Zh.Replace("(0, ", ""));
    }

    [Theory]
    [InlineData("const limit = 60;\nconst old = p => p.age !== null && p.age >= limit;\nretirement === null && members.some(old)")]
    [InlineData("members.every(p => p.disability_grade !== '一级')")]
    [InlineData("const grade = '一级';\nconst none = null;\nmembers.some(p => p.disability_grade === grade || p.age === none) || record.name === '赵户'")]
    [InlineData("const yes = true;\nconst severe = p => { return p.disability_grade === '一级' || p.disability_grade === '二级'; };\nyes && !members.some(severe)")]
    public void AConditionOverTheHouseholdsMembersWithConstantsRunsNativelyWithTheEnginesResult(string condition)
    {
        string Rule(string when) => $"""
            id: native-members
            title: 原生成员
            entity: household
            department: 民政
            include_retired: true
            when: |
            {string.Join("\n", when.Split('\n').Select(l => "  " + l))}
            message: ${"{"}record.name{"}"}
            """;
        var lines = condition.Split('\n');
        var native = Compile(Rule(condition));
        var engine = Compile(Rule(string.Join("\n", lines[..^1].Append($"(0, {lines[^1]})")))); // a comma expression: the engine runs it
        Assert.True(native.RunsNatively);
        Assert.False(engine.RunsNatively);

        var id = 0;
        Guid Next() => new(++id, 0, 0, new byte[8]);
        ScriptEntity Household(string name) => new(Next(), "household", new Dictionary<string, object?> { ["name"] = name });
        var (zhao, qian, sun, li, gone) = (Household("赵户"), Household("钱户"), Household("孙户"), Household("李户"), Household("周户"));
        ScriptEntity Person(ScriptEntity household, object? age, string? grade) => new(Next(), "person", new Dictionary<string, object?>
        {
            ["name"] = "成员" + id, ["household"] = household.Id, ["disability_grade"] = grade, ["age"] = age,
        });
        var persons = new List<ScriptEntity>
        {
            Person(qian, 30L, null), Person(qian, 70L, "三级"), Person(sun, 20L, "一级"), Person(sun, null, "二级"),
            Person(li, 10L, null), Person(gone, 80L, "一级"),
        };
        var scope = new EvaluationScope(new ScriptUnit("361025101201", "上塘村委会", OrgLevel.Village), TestData.November)
        {
            Entities = new Dictionary<string, IReadOnlyList<ScriptEntity>> { ["household"] = [zhao, qian, sun, li], ["person"] = persons },
        };
        var records = new RuleRecords(scope)
        {
            Retired = new Dictionary<string, IReadOnlyList<ScriptEntity>> { ["household"] = [gone] },
            Retirements = new Dictionary<Guid, (DateOnly, string)> { [gone.Id] = (new DateOnly(2026, 10, 1), "销户") },
        };
        var a = new RuleEvaluator().Evaluate(native, records);
        var b = new RuleEvaluator().Evaluate(engine, records);
        Assert.Null(b.Failure);
        Assert.Null(a.Failure);
        Assert.NotEmpty(b.Hits);
        Assert.Equal(b.Hits.Select(h => h.Message), a.Hits.Select(h => h.Message));
        // Every household settled by the native condition itself (null would hand the record to the engine), members as
        // the evaluator gives them.
        var (_, members) = records.Households(includeRetired: true);
        foreach (var household in new[] { zhao, qian, sun, li, gone })
            Assert.NotNull(native.NativeWhen!.Evaluate(household, household == gone, members.GetValueOrDefault(household.Id) ?? []));
    }
}
