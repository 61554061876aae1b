using System.Diagnostics;
using FormHub.Tests.Shared;

namespace FormHub.Scripting.Tests;

/// <summary>
/// The hostile cases of <see cref="HostileCases"/> against the evaluator itself: each fails its own cell with a Chinese
/// reason naming the template and column, the row's other column still derives, and nothing leaks into later rows or
/// templates. The CLI and the server run the same cases end to end.
/// </summary>
public class HostileTemplateTests
{
    private static readonly TemplateEvaluator Evaluator = new();

    private static EvaluationScope Village() => TestData.Scope(
        [TestData.Household("甲", "在保", 3), TestData.Household("乙", "停保", 2)],
        [TestData.Person("老王", TestData.Id(1940, 3, 1, 11))]);

    private static Compilation.CompiledTemplate Template(string id, IEnumerable<(string Column, string Expression)> columns) =>
        TestData.Compile(TestData.Template(string.Join("\n", columns.Select(c => $"""
              - id: {c.Column}
                title: {c.Column}
                value: |
            {string.Join("\n", c.Expression.Split('\n').Select(l => "          " + l))}
            """))).Replace("id: test-report", "id: " + id));

    public static TheoryData<string> FailingColumns() => new(HostileCases.Failing.Select(c => c.Column));

    [Theory]
    [MemberData(nameof(FailingColumns))]
    public void EachHostileCaseFailsOnlyItsOwnCellWithAChineseReasonNamingTemplateAndColumn(string column)
    {
        var hostile = HostileCases.Failing.Single(c => c.Column == column);
        var template = Template("hostile", [(hostile.Column, hostile.Expression), ("hh", "count(households, {dibao_status: '在保'})")]);
        var clock = Stopwatch.StartNew();
        var before = GC.GetTotalMemory(forceFullCollection: true);

        var row = Evaluator.Evaluate(template, Village());

        clock.Stop();
        var failure = row.CellErrors[column];
        Assert.Contains($"模板 hostile（第1版）列“{column}”", failure.Message.Zh);
        Assert.Contains(hostile.Reason, failure.Message.Zh);
        Assert.Null(row.Values[column]);
        Assert.Equal(1m, row.Values["hh"]);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"{column} ran {clock.Elapsed}");
        Assert.True(GC.GetTotalMemory(forceFullCollection: true) - before < 256L << 20, "the sandbox must not leave hundreds of MB behind");
    }

    [Fact]
    public void NothingHandedToScriptsReachesDotNet()
    {
        var row = Evaluator.Evaluate(Template("probe", [("probe", HostileCases.ClrProbe)]), Village());

        Assert.Empty(row.CellErrors);
        Assert.True(HostileCases.ClrProbeFoundNothing(row.Values["probe"]), row.Values["probe"]?.ToString());
    }

    [Fact]
    public void ImportNamespaceAndSystemAreUnknownNamesAtCheckTime()
    {
        var e = Assert.Throws<FormHub.Core.Text.SourceProblemException>(() => Template("clr", [("a", "importNamespace('System.IO')"), ("b", "System.IO.File")]));

        Assert.Contains(e.Problems, p => p.Message.Zh.StartsWith("未知的名称“importNamespace”", StringComparison.Ordinal));
        Assert.Contains(e.Problems, p => p.Message.Zh.StartsWith("未知的名称“System”", StringComparison.Ordinal));
    }

    [Fact]
    public void PoisonedBuiltInsPrototypesAndHelpersChangeNothingForTheNextRowOrTemplate()
    {
        var poison = Template("poison", [("poison", HostileCases.Poison)]);
        var victim = Template("victim", HostileCases.Victim.Select(v => (v.Column, v.Expression)));
        var clean = Evaluator.Evaluate(victim, Village());

        Assert.Equal(1m, Evaluator.Evaluate(poison, Village()).Values["poison"]);
        var afterPoison = Evaluator.Evaluate(victim, Village());
        Assert.Equal(1m, Evaluator.Evaluate(poison, Village()).Values["poison"]); // and the poison's own next row starts clean too

        Assert.Empty(afterPoison.CellErrors);
        foreach (var (column, _, expected) in HostileCases.Victim)
        {
            Assert.Equal(expected, clean.Values[column]);
            Assert.Equal(expected, afterPoison.Values[column]);
        }
    }

    [Fact]
    public void AScriptCannotWriteIntoTheEntityListsOrTheirItemsForOtherTemplates()
    {
        var writer = Template("writer", [("w", "(() => { households.length = 0; households[0] = null; households[1].dibao_status = '在保'; return households.length; })()")]);
        var reader = Template("reader", [("hh", "count(households, {dibao_status: '在保'})"), ("js", "households.filter(h => h.dibao_status === '在保').length")]);
        var scope = Village();

        Assert.Equal(2m, Evaluator.Evaluate(writer, scope).Values["w"]);
        var row = Evaluator.Evaluate(reader, scope);

        Assert.Equal(1m, row.Values["hh"]);
        Assert.Equal(1m, row.Values["js"]);
    }

    [Fact]
    public void CancellingStopsARunningScriptAndThrows()
    {
        var template = Template("slow", [("loop", "(() => { let n = 0; while (true) n++; })()")]);
        var patient = new TemplateEvaluator(new SandboxOptions { Timeout = TimeSpan.FromSeconds(60), MaxStatements = int.MaxValue - 1 });
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        var clock = Stopwatch.StartNew();

        Assert.ThrowsAny<OperationCanceledException>(() => patient.Evaluate(template, Village(), cancel.Token));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10));
    }
}
