namespace FormHub.Scripting.Tests;

public class HelperTests
{
    private static readonly TemplateEvaluator Evaluator = new();

    private static object? Eval(string expression, EvaluationScope scope)
    {
        var template = TestData.Compile(TestData.Template($"""
              - id: v
                title: 值
                value: "{expression.Replace("\"", "\\\"")}"
            """));
        var row = Evaluator.Evaluate(template, scope);
        Assert.Empty(row.CellErrors);
        return row.Values["v"];
    }

    private static EvaluationScope Village() => TestData.Scope(
        [
            TestData.Household("甲", "在保", 3, 900m),
            TestData.Household("乙", "在保", 2, 600m),
            TestData.Household("丙", "停保", 4),
            TestData.Household("丁", "未纳入", 5),
        ],
        [
            TestData.Person("老王", TestData.Id(1940, 3, 1, 11), "一级", party: true),   // 86, male
            TestData.Person("老李", TestData.Id(1960, 12, 1, 22), "二级"),               // 65 on 2026-11-30 (birthday not yet)
            TestData.Person("小张", TestData.Id(2000, 6, 15, 31), party: true),          // 26, male
            TestData.Person("小赵", TestData.Id(2010, 1, 1, 42)),                        // 16, female
        ]);

    [Theory]
    [InlineData("count(households)", 4)]
    [InlineData("count(households, {dibao_status: '在保'})", 2)]
    [InlineData("count(households, {dibao_status: ['在保', '停保']})", 3)]
    [InlineData("count(households, {dibao_persons: {gte: 3, lt: 5}})", 2)]
    [InlineData("count(households, {dibao_status: {ne: '在保'}})", 2)]
    [InlineData("count(persons, 'party_member')", 2)]
    [InlineData("count(persons, function (p) { return p.age >= 60; })", 2)]
    [InlineData("count(persons, {age: {gte: 65}})", 2)]
    [InlineData("count(persons, {age: {gt: 65}})", 1)]
    [InlineData("count(persons, {gender: '女'})", 2)]
    [InlineData("sum(households, 'dibao_persons')", 14)]
    [InlineData("sum(households, 'dibao_persons', {dibao_status: '在保'})", 5)]
    [InlineData("sum(households, function (h) { return h.dibao_status === '在保' ? h.dibao_persons : 0; })", 5)]
    [InlineData("sum(households, 'dibao_amount')", 1500)]
    [InlineData("avg(households, 'dibao_persons')", 3.5)]
    [InlineData("min(households, 'dibao_persons')", 2)]
    [InlineData("max(persons, 'age')", 86)]
    [InlineData("count(where(households, {dibao_status: '在保'}), {dibao_persons: 3})", 1)]
    [InlineData("count(groupBy(persons, 'gender')['男'])", 2)]
    [InlineData("ratio(7, 3, 2)", 2.33)]
    [InlineData("percent(1, 8, 1)", 12.5)]
    [InlineData("round(2.345, 2)", 2.35)]
    [InlineData("persons.filter(function (p) { return p.disability_grade; }).length", 2)]
    [InlineData("ageAt(persons[1], '2026-12-01')", 66)]
    [InlineData("village.area_mu", 1200.5)]
    [InlineData("sum([1, 2, 3.5])", 6.5)]
    public void HelpersComputeWhatTheDocsSay(string expression, double expected) =>
        Assert.Equal((decimal)expected, Eval(expression, Village()));

    [Fact]
    public void RatioOfZeroIsAnEmptyCellNotInfinity() => Assert.Null(Eval("ratio(5, 0, 2)", Village()));

    [Fact]
    public void AveragingNothingIsEmpty() => Assert.Null(Eval("avg(households, 'dibao_persons', {dibao_status: '无'})", Village()));

    [Fact]
    public void PrevReadsLastPeriodsRow()
    {
        var scope = Village() with { PreviousRow = new Dictionary<string, object?> { ["v"] = 7m } };
        Assert.Equal(7m, Eval("prev('v')", scope));
    }

    [Fact]
    public void PeriodAndUnitAreAvailable()
    {
        Assert.Equal("2026-11-30", Eval("period.end", Village()));
        Assert.Equal("上塘村委会2026年11月", Eval("unit.name + period.display", Village()));
    }

    [Fact]
    public void MisusedHelperFailsTheCellWithAChineseReason()
    {
        var template = TestData.Compile(TestData.Template("""
              - id: v
                title: 值
                value: sum(households, 42)
            """));
        var row = Evaluator.Evaluate(template, Village());
        Assert.Contains("第二个参数应为字段名", row.CellErrors["v"].Message.Zh);
        Assert.Contains("test-report", row.CellErrors["v"].Message.Zh);
        Assert.Null(row.Values["v"]);
    }

    [Fact]
    public void ColumnsReadEarlierColumnsWhateverTheirOrderInTheFile()
    {
        var template = TestData.Compile(TestData.Template("""
              - id: avg
                title: 户均
                value: ratio(row.funds, row.hh, 2)
                rollup: recompute
              - id: hh
                title: 户数
                value: "count(households, {dibao_status: '在保'})"
              - id: funds
                title: 金额
                value: sum(households, 'dibao_amount')
            """));
        var row = Evaluator.Evaluate(template, Village());
        Assert.Equal(750m, row.Values["avg"]);
    }
}
