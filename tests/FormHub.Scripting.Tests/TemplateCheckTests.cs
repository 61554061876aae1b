using FormHub.Core.Text;

namespace FormHub.Scripting.Tests;

/// <summary>Each class of broken template is reported at the file, line and column an admin can go to.</summary>
public class TemplateCheckTests
{
    private static SourceProblem Single(string columns, string checks = "")
    {
        var e = Assert.Throws<SourceProblemException>(() => TestData.Compile(TestData.Template(columns, checks)));
        return Assert.Single(e.Problems);
    }

    [Fact]
    public void JavaScriptSyntaxErrorPointsAtTheBadToken()
    {
        var p = Single("""
              - id: v
                title: 值
                value: count(households,, 1)
            """);
        Assert.Equal(("test.yaml", 9, 29), (p.File, p.Line, p.Column));
        Assert.Contains("语法错误", p.Message.Zh);
    }

    [Fact]
    public void UnclosedTemplateLiteralIsASyntaxErrorInChinese()
    {
        var p = Single("""
              - id: v
                title: 值
                value: "`共${count(persons)}人"
            """);
        Assert.Equal(9, p.Line);
        Assert.Contains("JavaScript 语法错误：表达式不完整", p.Message.Zh);
    }

    [Fact]
    public void FieldMissingFromTheCatalogIsNamedWithASuggestion()
    {
        var p = Single("""
              - id: v
                title: 值
                value: "count(households, {dibao_stat: '在保'})"
            """);
        Assert.Equal((9, 32), (p.Line, p.Column));
        Assert.Contains("household.dibao_stat 不在数据目录中", p.Message.Zh);
        Assert.Contains("dibao_status", p.Message.Zh);
    }

    [Fact]
    public void FieldReadInsideACallbackIsChecked()
    {
        var p = Single("""
              - id: v
                title: 值
                value: "sum(households, function (h) { return h.dibao_money; })"
            """);
        Assert.Equal((9, 53), (p.Line, p.Column));
        Assert.Contains("household.dibao_money", p.Message.Zh);
    }

    [Fact]
    public void PositionsInsideABlockScalarMapToTheFile()
    {
        var p = Single("""
              - id: v
                title: 值
                value: |
                  count(households,
                    {dibao_stat: '在保'})
            """);
        Assert.Equal((11, 10), (p.Line, p.Column));
    }

    [Fact]
    public void ReferenceToAMissingColumnIsReported()
    {
        var p = Single("""
              - id: v
                title: 值
                value: row.nope + 1
            """);
        Assert.Equal((9, 16), (p.Line, p.Column));
        Assert.Contains("没有列“nope”", p.Message.Zh);
    }

    [Fact]
    public void UnknownNameIsReported()
    {
        var p = Single("""
              - id: v
                title: 值
                value: cnt(households)
            """);
        Assert.Equal((9, 12), (p.Line, p.Column));
        Assert.Contains("未知的名称“cnt”", p.Message.Zh);
        Assert.Contains("count", p.Message.Zh);
    }

    [Fact]
    public void CycleBetweenColumnsIsReportedAtEachColumn()
    {
        var e = Assert.Throws<SourceProblemException>(() => TestData.Compile(TestData.Template("""
              - id: a
                title: 甲
                value: row.b + 1
              - id: b
                title: 乙
                value: row.a * 2
            """)));
        Assert.Equal([9, 12], e.Problems.Select(p => p.Line).Order());
        Assert.All(e.Problems, p => Assert.Contains("循环引用", p.Message.Zh));
    }

    [Fact]
    public void RecomputedColumnMayNotReadEntityLists()
    {
        var p = Single("""
              - id: v
                title: 值
                value: count(households)
                rollup: recompute
            """);
        Assert.Equal((9, 12), (p.Line, p.Column));
        Assert.Contains("recompute", p.Message.Zh);
    }

    [Fact]
    public void ChecksAreCheckedToo()
    {
        var p = Single("""
              - id: v
                title: 值
                value: count(households)
            """, """
            checks:
              - rule: row.v >= row.w
                message: 不对
            """);
        Assert.Equal(11, p.Line);
        Assert.Contains("没有列“w”", p.Message.Zh);
    }

    [Fact]
    public void FieldsReadAreFoundFromTheExpressions()
    {
        var t = TestData.Compile(TestData.Template("""
              - id: hh
                title: 户数
                value: "count(households, {dibao_status: '在保'})"
              - id: old
                title: 老人
                value: "count(persons, function (p) { return p.age >= 80; })"
            """));
        Assert.Equal(["household.dibao_status", "person.age", "person.id_number"], t.FieldsRead.Order());
        Assert.True(t.IsAffectedBy("person", false, ["id_number"]));
        Assert.False(t.IsAffectedBy("person", false, ["party_member"]));
        Assert.True(t.IsAffectedBy("household", true, ["name"]));
        Assert.False(t.IsAffectedBy("village", true, []));
    }
}
