using FormHub.Core.OrgUnits;
using FormHub.Core.Periods;
using FormHub.Core.Text;

namespace FormHub.Scripting.Tests;

/// <summary>
/// A 季报 or 年报 reading a field kept per month (issue 13 item 1): a plain read has no one value, so template check
/// refuses it with the helpers to use; sumOfMonths/lastMonth/avgOfMonths/monthsOf combine the period's months.
/// </summary>
public class FinerPeriodTests
{
    private static readonly TemplateEvaluator Evaluator = new();

    private static string Quarterly(string columns) => TestData.Template(columns).Replace("period: monthly", "period: quarterly");

    private static SourceProblem SingleProblem(string yaml) =>
        Assert.Single(Assert.Throws<SourceProblemException>(() => TestData.Compile(yaml)).Problems);

    [Fact]
    public void PlainReadOfAMonthlyFieldInAQuarterlyReportIsAnErrorNamingTheHelpers()
    {
        var p = SingleProblem(Quarterly("""
              - id: v
                title: 值
                value: "sum(households, h => h.dibao_amount)"
            """));
        Assert.Equal(("test.yaml", 9, 36), (p.File, p.Line, p.Column));
        Assert.Equal("household.dibao_amount 按月填报，本表是季报，直接读取得不到值；请写明怎样取本期各月的值：sumOfMonths(h, 'dibao_amount')（合计）、"
                     + "lastMonth(h, 'dibao_amount')（最后一个月）、avgOfMonths(h, 'dibao_amount')（平均）或 monthsOf(h, 'dibao_amount')（逐月列表）", p.Message.Zh);
        Assert.Contains("sumOfMonths(h, 'dibao_amount') (total)", p.Message.En);
    }

    [Theory]
    [InlineData("count(households, {dibao_amount: {gt: 0}})", 32)]
    [InlineData("sum(households, 'dibao_amount')", 29)]
    [InlineData("sum(households, ({dibao_amount}) => dibao_amount)", 31)]
    public void EveryKindOfPlainReadIsCaught(string expression, int column)
    {
        var p = SingleProblem(Quarterly($"""
              - id: v
                title: 值
                value: "{expression}"
            """));
        Assert.Equal((9, column), (p.Line, p.Column));
        Assert.StartsWith("household.dibao_amount 按月填报，本表是季报", p.Message.Zh);
    }

    [Fact]
    public void AYearlyReportGetsTheSameErrorAndAMonthlyReportReadsMonthlyFieldsPlainly()
    {
        var p = SingleProblem(Quarterly("""
              - id: v
                title: 值
                value: "sum(households, 'dibao_amount')"
            """).Replace("period: quarterly", "period: yearly"));
        Assert.StartsWith("household.dibao_amount 按月填报，本表是年报", p.Message.Zh);
        TestData.Compile(TestData.Template("""
              - id: v
                title: 值
                value: "sum(households, 'dibao_amount') + sumOfMonths(households[0], 'dibao_amount')"
            """));
    }

    [Fact]
    public void AHelperOfTheWrongGrainOrOnACoarserFieldIsAnError()
    {
        var p = SingleProblem(Quarterly("""
              - id: v
                title: 值
                value: "sum(households, h => sumOfQuarters(h, 'dibao_amount'))"
            """).Replace("period: quarterly", "period: yearly"));
        Assert.Equal((9, 51), (p.Line, p.Column));
        Assert.Equal("household.dibao_amount 按月填报，sumOfQuarters() 取的是各季的值；请改用 sumOfMonths() 等按月的函数", p.Message.Zh);

        p = SingleProblem(Quarterly("""
              - id: v
                title: 值
                value: "sumOfMonths(village, 'collective_income')"
            """).Replace("period: quarterly", "period: yearly"));
        Assert.Equal("village.collective_income 按年填报，sumOfMonths() 取的是各月的值；请直接读取字段", p.Message.Zh);

        p = SingleProblem(Quarterly("""
              - id: v
                title: 值
                value: "sum(households, h => sumOfMonths(h, 'dibao_amont'))"
            """));
        Assert.Contains("household.dibao_amont 不在数据目录中", p.Message.Zh);
    }

    [Fact]
    public void AYearlyFieldIsReadPlainlyInAMonthlyReport() =>
        TestData.Compile(TestData.Template("""
              - id: v
                title: 值
                value: "village.collective_income"
            """));

    [Fact]
    public void TheHelpersCombineTheQuartersMonths()
    {
        // 甲 got 900 in October, nothing in November, 950 in December; 乙 600 in each month; 丙 nothing at all.
        var jia = TestData.Household("甲", "在保", 3) with { FinerPeriods = Months(900m, null, 950m) };
        var yi = TestData.Household("乙", "在保", 2) with { FinerPeriods = Months(600m, 600m, 600m) };
        var bing = TestData.Household("丙", "停保", 4) with { FinerPeriods = Months(null, null, null) };
        var scope = new EvaluationScope(new ScriptUnit("361025101201", "上塘村委会", OrgLevel.Village), Period.Parse("2026Q4"))
        {
            Entities = new Dictionary<string, IReadOnlyList<ScriptEntity>> { ["household"] = [jia, yi, bing], ["person"] = [] },
        };
        var template = TestData.Compile(Quarterly("""
              - id: total
                title: 本季发放金额
                value: "sum(households, h => sumOfMonths(h, 'dibao_amount'))"
              - id: paid
                title: 本季领取户数
                value: "count(households, h => sumOfMonths(h, 'dibao_amount') > 0)"
              - id: last
                title: 12月发放金额
                value: "sum(households, h => lastMonth(h, 'dibao_amount'))"
              - id: avg_jia
                title: 甲月均
                value: "avgOfMonths(households[0], 'dibao_amount')"
              - id: months_jia
                title: 甲各月
                value: "monthsOf(households[0], 'dibao_amount').map(v => v ?? '空').join('/')"
              - id: none
                title: 丙合计
                value: "sumOfMonths(households[2], 'dibao_amount')"
              - id: none_avg
                title: 丙月均
                value: "avgOfMonths(households[2], 'dibao_amount')"
            """));

        var row = Evaluator.Evaluate(template, scope);

        Assert.Empty(row.CellErrors);
        Assert.Equal(900m + 950m + 600m * 3, row.Values["total"]);
        Assert.Equal(2m, row.Values["paid"]);
        Assert.Equal(950m + 600m, row.Values["last"]);
        Assert.Equal(925m, row.Values["avg_jia"]);
        Assert.Equal("900/空/950", row.Values["months_jia"]);
        Assert.Equal(0m, row.Values["none"]);
        Assert.Null(row.Values["none_avg"]);
    }

    [Fact]
    public void AHelperGivenSomethingOtherThanAnEntityFailsItsCellWithAReason()
    {
        var template = TestData.Compile(Quarterly("""
              - id: v
                title: 值
                value: "sumOfMonths({id: 'x'}, 'dibao_amount')"
            """));
        var row = Evaluator.Evaluate(template, TestData.Scope([]));
        Assert.Contains("sumOfMonths() 的第一个参数应为户、人员或村", row.CellErrors["v"].Message.Zh);
    }

    private static Dictionary<string, IReadOnlyList<object?>> Months(params decimal?[] values) =>
        new() { ["dibao_amount"] = values.Select(v => (object?)v).ToArray() };
}
