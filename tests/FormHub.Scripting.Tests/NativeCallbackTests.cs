using System.Text.RegularExpressions;
using FormHub.Core.OrgUnits;
using FormHub.Core.Periods;

namespace FormHub.Scripting.Tests;

/// <summary>
/// Callbacks such as <c>h =&gt; sumOfMonths(h, 'dibao_amount') &gt; 0</c> handed to count/sum/avg/where run in C#
/// instead of calling into the engine once per entity (issue 12: they were 43 % of a county rebuild). The native path must
/// give exactly what the engine gives; each case is evaluated twice, once as written and once with the helper called as
/// <c>(0, sumOfMonths)(h, …)</c>, which means the same in JavaScript but is not a form the native path takes.
/// </summary>
public partial class NativeCallbackTests
{
    private static readonly Period Quarter = Period.Parse("2026Q4");

    /// <summary>The same text with every finer-period helper called through a comma expression: the engine runs it.</summary>
    private static string ThroughEngine(string code) => HelperCall().Replace(code, "(0, $1)(");

    [GeneratedRegex(@"\b(sumOfMonths|avgOfMonths|lastMonth)\(")]
    private static partial Regex HelperCall();

    private static string Quarterly(string columns, string checks = "") =>
        TestData.Template(columns, checks).Replace("period: monthly", "period: quarterly");

    /// <summary>Households with the quarter's edge cases: months missing, paid only at the start, amounts changed, corrections, fractions.</summary>
    private static List<ScriptEntity> EdgeCases()
    {
        ScriptEntity H(string name, string? status, long persons, params decimal?[]? months)
        {
            var h = TestData.Household(name, status!, persons);
            return months is null ? h : h with { FinerPeriods = new Dictionary<string, IReadOnlyList<object?>> { ["dibao_amount"] = months.Select(v => (object?)v).ToArray() } };
        }
        return
        [
            H("甲", "在保", 3, 900m, null, 950m),      // November missing, amount raised in December
            H("乙", "在保", 2, 600m, 600m, 600m),
            H("丙", "停保", 4, null, null, null),      // nothing in the quarter
            H("丁", "在保", 1, null),                  // no months kept at all: the plain field (null) is the series
            H("戊", "在保", 2, 300m, null, null),      // stopped after October (left mid-quarter)
            H("己", "在保", 1, 0m, 0m, 0m),
            H("庚", "停保", 3, -50m, 100m, null),      // a correction booked as a negative amount
            H("辛", null, 2, 0.1m, 0.2m, null),        // no status; fractions whose double sum is not exact
            H("壬", "未纳入", 5, 200m, 250m, 260.5m),   // changed every month
        ];
    }

    private static EvaluationScope Scope(IReadOnlyList<ScriptEntity> households) =>
        new(new ScriptUnit("361025101201", "上塘村委会", OrgLevel.Village), Quarter)
        {
            Entities = new Dictionary<string, IReadOnlyList<ScriptEntity>> { ["household"] = households, ["person"] = [] },
        };

    private const string InPay = "{dibao_status: '在保'}";

    public static readonly TheoryData<string> Callbacks = new()
    {
        "h => sumOfMonths(h, 'dibao_amount')",
        "h => sumOfMonths(h, 'dibao_amount') > 0",
        "h => lastMonth(h, 'dibao_amount')",
        "h => lastMonth(h, 'dibao_amount') > 0",
        "h => lastMonth(h, 'dibao_amount') === null",
        "h => avgOfMonths(h, 'dibao_amount')",
        "h => avgOfMonths(h, 'dibao_amount') >= 600 && h.dibao_status === '在保'",
        "h => !h.dibao_status || sumOfMonths(h, 'dibao_amount') < 1",
        "h => h.dibao_persons > 2 || lastMonth(h, 'dibao_amount') <= 300",
        "h => sumOfMonths(h, 'dibao_amount') !== 0.30000000000000004",
        "h => h.dibao_status !== '停保' && (sumOfMonths(h, 'dibao_amount') > 0 || lastMonth(h, 'dibao_amount') !== null)",
        "function (h) { return sumOfMonths(h, 'dibao_amount') > 900; }",
    };

    [Theory]
    [MemberData(nameof(Callbacks))]
    public void ACallbackGivesTheEnginesResultOnEveryEdgeCase(string callback)
    {
        var columns = $"""
              - id: n
                title: 户数
                value: "count(households, {callback})"
              - id: total
                title: 合计
                value: "sum(households, {callback})"
              - id: mean
                title: 平均
                value: "avg(households, 'dibao_persons', {callback})"
              - id: avg_of
                title: 平均值
                value: "avg(households, {callback})"
              - id: of_picked
                title: 在保户中
                value: "sum(where(households, {InPay}), {callback})"
              - id: picked
                title: 选出
                value: "where(households, {callback}).map(h => h.name).join('')"
            """;
        var check = $"""
            checks:
              - rule: "count(households, {callback}) >= 0"
                level: error
                message: 不会失败
            """;
        var native = TestData.Compile(Quarterly(columns, check));
        var engine = TestData.Compile(Quarterly(ThroughEngine(columns), ThroughEngine(check)));
        var scope = Scope(EdgeCases());

        var a = new TemplateEvaluator().Evaluate(native, scope);
        var b = new TemplateEvaluator().Evaluate(engine, scope);

        Assert.Empty(a.CellErrors);
        Assert.Empty(b.CellErrors);
        Assert.Equal(b.Values, a.Values);
        Assert.Equal(b.Checks.Select(c => c.Passed), a.Checks.Select(c => c.Passed));
    }

    [Fact]
    public void TheHandWorkedFiguresOfTheEdgeCases()
    {
        var row = new TemplateEvaluator().Evaluate(TestData.Compile(Quarterly("""
              - id: paid
                title: 本季领取户数
                value: "count(households, h => sumOfMonths(h, 'dibao_amount') > 0)"
              - id: paid_last
                title: 12月领取户数
                value: "count(households, h => lastMonth(h, 'dibao_amount') > 0)"
              - id: funds
                title: 本季金额
                value: "sum(households, h => sumOfMonths(h, 'dibao_amount'))"
              - id: mean
                title: 月均合计
                value: "sum(households, h => avgOfMonths(h, 'dibao_amount'))"
            """)), Scope(EdgeCases()));

        Assert.Empty(row.CellErrors);
        Assert.Equal(6m, row.Values["paid"]);        // 甲 乙 戊 庚 (−50 + 100) 辛 壬; 丙 丁 己 had nothing above 0
        Assert.Equal(3m, row.Values["paid_last"]);   // 甲 950, 乙 600, 壬 260.5
        Assert.Equal(1850m + 1800m + 300m + 50m + 0.3m + 710.5m, row.Values["funds"]);
        Assert.Equal(2086.9833333333m, row.Values["mean"]); // 925 + 600 + 300 + 0 + 25 + 0.15 + 710.5 / 3; 丙 and 丁 have no average
    }

    [Fact]
    public void ANativeCallbackSpendsNoneOfTheScriptsStatementBudget()
    {
        // 300 households and a budget of 100 statements: the engine runs the callback once per household, the native path never.
        var households = Enumerable.Range(0, 300).Select(i => TestData.Household($"户{i}", "在保", 1) with
        {
            FinerPeriods = new Dictionary<string, IReadOnlyList<object?>> { ["dibao_amount"] = new object?[] { i % 3 == 0 ? 100m : null, null, 50m } },
        }).ToList();
        const string Columns = """
              - id: paid
                title: 户数
                value: "count(households, h => sumOfMonths(h, 'dibao_amount') > 60)"
            """;
        var tight = new TemplateEvaluator(new SandboxOptions { MaxStatements = 100 });

        var native = tight.Evaluate(TestData.Compile(Quarterly(Columns)), Scope(households));
        var engine = tight.Evaluate(TestData.Compile(Quarterly(ThroughEngine(Columns))), Scope(households));

        Assert.Empty(native.CellErrors);
        Assert.Equal(100m, native.Values["paid"]);
        Assert.Equal(ScriptFailureKind.StatementLimit, engine.CellErrors["paid"].Kind);
    }

    [Fact]
    public void AnEntityAnEarlierColumnChangedIsJudgedByTheEngine()
    {
        // The first column rewrites the script objects of 甲 and 乙; the second must see that, as the engine would.
        var row = new TemplateEvaluator().Evaluate(TestData.Compile(Quarterly("""
              - id: touch
                title: 改写
                value: "households.slice(0, 2).forEach(h => { h.dibao_status = '停保'; }); 0"
              - id: paid
                title: 在保且领取
                value: "count(households, h => h.dibao_status === '在保' && sumOfMonths(h, 'dibao_amount') > 0)"
            """)), Scope(EdgeCases()));

        Assert.Empty(row.CellErrors);
        Assert.Equal(1m, row.Values["paid"]); // 戊 only: 甲 and 乙 now read 停保, 辛 has no status, 庚 is 停保, 壬 未纳入
    }

    [Fact]
    public void AHelperNameTheScriptRebindsIsNotTheHelper()
    {
        var row = new TemplateEvaluator().Evaluate(TestData.Compile(Quarterly("""
              - id: all
                title: 全部
                value: "{ const sumOfMonths = (h, f) => 1; count(households, h => sumOfMonths(h, 'dibao_amount') > 0) }"
            """)), Scope(EdgeCases()));

        Assert.Empty(row.CellErrors);
        Assert.Equal(9m, row.Values["all"]);
    }
}
