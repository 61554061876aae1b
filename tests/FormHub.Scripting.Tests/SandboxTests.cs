using System.Diagnostics;

namespace FormHub.Scripting.Tests;

public class SandboxTests
{
    private static readonly TemplateEvaluator Evaluator = new();

    private static RowResult Run(string expression, TemplateEvaluator? evaluator = null)
    {
        var template = TestData.Compile(TestData.Template($"""
              - id: runaway
                title: 失控
                value: "{expression}"
              - id: hh
                title: 户数
                value: count(households)
            """));
        return (evaluator ?? Evaluator).Evaluate(template, TestData.Scope([TestData.Household("甲", "在保", 1)]));
    }

    private static void AssertOthersStillWork()
    {
        var template = TestData.Compile(TestData.Template("""
              - id: hh
                title: 户数
                value: "count(households, {dibao_status: '在保'})"
            """));
        var row = Evaluator.Evaluate(template, TestData.Scope([TestData.Household("甲", "在保", 1), TestData.Household("乙", "在保", 2)]));
        Assert.Equal(2m, row.Values["hh"]);
    }

    [Fact]
    public void EndlessLoopFailsItsOwnCellAndNamesTemplateAndColumn()
    {
        var clock = Stopwatch.StartNew();
        var row = Run("(function () { while (true) {} })()");
        clock.Stop();

        var failure = row.CellErrors["runaway"];
        Assert.Contains(failure.Kind, new[] { ScriptFailureKind.Timeout, ScriptFailureKind.StatementLimit });
        Assert.Contains("test-report", failure.Message.Zh);
        Assert.Contains("runaway", failure.Message.Zh);
        Assert.Equal(1m, row.Values["hh"]);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), "the sandbox must stop the loop, not let it run on");
        AssertOthersStillWork();
    }

    [Fact]
    public void AnEndlessLoopThatCallsAHelperWithACallbackIsStillStopped()
    {
        // Each helper call runs the callback through Jint; that must not restart the expression's time or statement budget.
        using var giveUp = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var template = TestData.Compile(TestData.Template("""
              - id: runaway
                title: 失控
                value: "(() => { while (true) { count(households, h => h.dibao_persons > 0); } })()"
            """));
        var clock = Stopwatch.StartNew();
        RowResult? row = null;
        try { row = Evaluator.Evaluate(template, TestData.Scope([TestData.Household("甲", "在保", 1)]), giveUp.Token); }
        catch (OperationCanceledException) { }
        clock.Stop();

        Assert.True(row is not null, $"still running after {clock.Elapsed.TotalSeconds:F0} s: the helper's callbacks reset the sandbox's limits");
        // Whichever limit comes first: the loop allocates, so under load the memory guard may stop it before the clock.
        Assert.Contains(row.CellErrors["runaway"].Kind, new[] { ScriptFailureKind.Timeout, ScriptFailureKind.StatementLimit, ScriptFailureKind.MemoryLimit });
    }

    [Fact]
    public void RunawayRecursionIsStopped()
    {
        var row = Run("(function f(n) { return f(n + 1); })(0)");
        Assert.Equal(ScriptFailureKind.RecursionLimit, row.CellErrors["runaway"].Kind);
        AssertOthersStillWork();
    }

    [Fact]
    public void DoublingAStringForeverIsStoppedByTheMemoryGuard()
    {
        // A long timeout, so it is the memory guard, not the clock, that stops the script.
        var patient = new TemplateEvaluator(new SandboxOptions { Timeout = TimeSpan.FromSeconds(60) });
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var row = Run("(function () { var s = 'x'; while (true) s += s; })()", patient);
        Assert.Equal(ScriptFailureKind.MemoryLimit, row.CellErrors["runaway"].Kind);
        Assert.Contains("内存", row.CellErrors["runaway"].Message.Zh);
        AssertOthersStillWork();
        Assert.True(GC.GetTotalMemory(forceFullCollection: true) - before < 256L << 20);
    }

    [Fact]
    public void ScriptsCannotReachTheClr()
    {
        var row = Run("(function () { var g = this; return typeof g['Sys' + 'tem'] + ',' + typeof g['importNa' + 'mespace']; })()");
        Assert.Equal("undefined,undefined", row.Values["runaway"]);
    }

    [Fact]
    public void GlobalsLeftByOneRowDoNotLeakIntoTheNext()
    {
        var first = Run("(function () { this.leaked = (this.leaked || 0) + 1; return this.leaked; })()");
        var second = Run("(function () { this.leaked = (this.leaked || 0) + 1; return this.leaked; })()");
        Assert.Equal(1m, first.Values["runaway"]);
        Assert.Equal(1m, second.Values["runaway"]);
    }

    [Fact]
    public void ARunawayTemplateDoesNotBlockOthersEvaluatingAtTheSameTime()
    {
        var runaway = Task.Run(() => Run("(function () { while (true) {} })()"));
        var others = Enumerable.Range(0, 20).Select(_ => Task.Run(AssertOthersStillWork)).ToArray();
        Task.WaitAll(others);
        Assert.NotEmpty(runaway.Result.CellErrors);
    }

    [Fact]
    public void ThrownScriptErrorIsReportedNotCrashed()
    {
        var row = Run("(function () { throw new Error('坏了'); })()");
        Assert.Equal(ScriptFailureKind.ScriptError, row.CellErrors["runaway"].Kind);
        Assert.Contains("坏了", row.CellErrors["runaway"].Message.Zh);
    }
}
