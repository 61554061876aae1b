namespace FormHub.Scripting.Tests;

/// <summary>
/// Templates that declare no global names share their thread's engine (ScriptHost.Rent): its built-ins and helpers are
/// frozen, every row gets fresh globals, and what a script adds to the global object is gone for the next row. These
/// are the ways a shared engine could leak between rows and templates, and the templates that must keep an engine of
/// their own.
/// </summary>
public class SharedEngineTests
{
    private static readonly TemplateEvaluator Evaluator = new();

    private static EvaluationScope Village(params (string Name, string Status, long Persons)[] households) =>
        TestData.Scope(households.Select(h => TestData.Household(h.Name, h.Status, h.Persons)).ToList(),
            [TestData.Person("老王", TestData.Id(1940, 3, 1, 11))]);

    private static Compilation.CompiledTemplate Template(string id, params (string Column, string Expression)[] columns) =>
        TestData.Compile(TestData.Template(string.Join("\n", columns.Select(c => $"""
              - id: {c.Column}
                title: {c.Column}
                value: "{c.Expression.Replace("\"", "\\\"")}"
            """))).Replace("id: test-report", "id: " + id));

    [Fact]
    public void BuiltInsAreFrozenForTheTemplateChangingThemToo()
    {
        // With an engine per row the script saw its own Math.round and prototype method; frozen, neither change takes.
        var row = Evaluator.Evaluate(Template("self", ("rounded", "(() => { Math.round = () => 42; return Math.round(2.4); })()"),
            ("mapped", "(() => { Array.prototype.map = () => ['x']; return [1, 2].map(x => x + 1).join(); })()")), Village(("甲", "在保", 3)));

        Assert.Empty(row.CellErrors);
        Assert.Equal(2m, row.Values["rounded"]);
        Assert.Equal("2,3", row.Values["mapped"]);
    }

    [Fact]
    public void GlobalsAScriptAddsAreGoneForTheNextRowAndTemplate()
    {
        // The checker refuses unknown names, so the scripts reach them through the global object, as a hostile one would.
        var adder = Template("adder", ("a", "(() => { const g = globalThis; g.leak = 1; (function () { this.loose = 2; })(); Object.defineProperty(g, 'fixed', {value: 3}); return g.leak + g.loose + g.fixed; })()"));
        var reader = Template("reader", ("r", "typeof globalThis.leak + typeof globalThis.loose + typeof globalThis.fixed"));

        Assert.Equal(6m, Evaluator.Evaluate(adder, Village(("甲", "在保", 3))).Values["a"]);
        Assert.Equal("undefinedundefinedundefined", Evaluator.Evaluate(reader, Village(("甲", "在保", 3))).Values["r"]);
        Assert.Equal(6m, Evaluator.Evaluate(adder, Village(("甲", "在保", 3))).Values["a"]); // and its own next row starts clean
    }

    [Fact]
    public void TheGlobalObjectsOwnBuiltInsCannotBeReplacedOrDeleted()
    {
        var replacer = Template("replacer", ("a", "(() => { globalThis.Math = {round: () => 42}; globalThis.Array = null; delete globalThis.JSON; globalThis.globalThis = 1; return 1; })()"));
        var reader = Template("reader", ("r", "Math.round(2.4) + ',' + [1, 2].length + ',' + JSON.stringify([1]) + ',' + typeof globalThis"));

        Assert.Equal(1m, Evaluator.Evaluate(replacer, Village(("甲", "在保", 3))).Values["a"]);
        Assert.Equal("2,2,[1],object", Evaluator.Evaluate(reader, Village(("甲", "在保", 3))).Values["r"]);
    }

    [Fact]
    public void BuiltInsOnlyAnInstanceLeadsToAreFrozenAndTheGlobalsPrototypeStays()
    {
        var poisoner = Template("poisoner", ("a", "(() => { const it = Object.getPrototypeOf([][Symbol.iterator]()); it.poisoned = 1; it.next = () => ({done: true}); Object.getPrototypeOf(function* () {}).poisoned = 1; Object.setPrototypeOf(globalThis, {leaked: 1}); return 1; })()"));
        var reader = Template("reader", ("r", "typeof Object.getPrototypeOf([][Symbol.iterator]()).poisoned + typeof Object.getPrototypeOf(function* () {}).poisoned + typeof globalThis.leaked"),
            ("spread", "[...[1, 2, 3]].length"));

        Assert.Equal(1m, Evaluator.Evaluate(poisoner, Village(("甲", "在保", 3))).Values["a"]);
        var row = Evaluator.Evaluate(reader, Village(("甲", "在保", 3)));

        Assert.Equal("undefinedundefinedundefined", row.Values["r"]);
        Assert.Equal(3m, row.Values["spread"]);
    }

    [Fact]
    public void EachRowSeesItsOwnDataAndFreshObjects()
    {
        var writer = Template("writer", ("w", "(() => { period.key = 'x'; unit.name = 'y'; row['ex' + 'tra'] = 1; households[0].dibao_status = '停保'; return 1; })()"));
        var reader = Template("reader", ("hh", "count(households, {dibao_status: '在保'})"), ("js", "households.filter(h => h.dibao_status === '在保').length"),
            ("key", "period.key + unit.name + typeof row['ex' + 'tra']"));
        var one = Village(("甲", "在保", 3));
        var two = Village(("甲", "在保", 3), ("乙", "在保", 2), ("丙", "停保", 1));

        Evaluator.Evaluate(writer, one);
        var first = Evaluator.Evaluate(reader, one);
        var second = Evaluator.Evaluate(reader, two);

        Assert.Equal(1m, first.Values["hh"]);
        Assert.Equal(1m, first.Values["js"]);
        Assert.Equal(TestData.November.Key + one.Unit.Name + "undefined", first.Values["key"]);
        Assert.Equal(2m, second.Values["hh"]);
        Assert.Equal(2m, second.Values["js"]);
    }

    [Fact]
    public void TopLevelLetConstAndFunctionsRunInABlockOnTheSharedEngineAndEndWithTheRow()
    {
        // Run as written, the second template's const would be a redeclaration (a SyntaxError) on one engine; as a block,
        // each script's names are its own, and a function (a global by web compatibility) goes when the row is returned.
        var first = Template("first", ("a", "const k = 2; let m = 3; k * m"));
        var second = Template("second", ("b", "const k = 5; function f() { return k; } f()"));
        var third = Template("third", ("c", "typeof globalThis.f + typeof globalThis.k + typeof globalThis.m"));
        var loop = Template("loop", ("d", "let total = 0; for (let i = 0; i < 3; i++) { total += i; } total"));

        Assert.True(first.SharesEngine);
        Assert.True(second.SharesEngine);
        Assert.True(loop.SharesEngine);
        Assert.Equal(6m, Evaluator.Evaluate(first, Village(("甲", "在保", 3))).Values["a"]);
        Assert.Equal(5m, Evaluator.Evaluate(second, Village(("甲", "在保", 3))).Values["b"]);
        Assert.Equal(6m, Evaluator.Evaluate(first, Village(("甲", "在保", 3))).Values["a"]);
        Assert.Equal(5m, Evaluator.Evaluate(second, Village(("甲", "在保", 3))).Values["b"]);
        Assert.Equal("undefinedundefinedundefined", Evaluator.Evaluate(third, Village(("甲", "在保", 3))).Values["c"]);
        Assert.Equal(3m, Evaluator.Evaluate(loop, Village(("甲", "在保", 3))).Values["d"]);
    }

    [Fact]
    public void EveryShippedTemplateAndRuleSharesTheEngine()
    {
        // tj-labour-quarterly's top-level const gave each of its rows an engine of its own (about 40 kB and 100 µs more).
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(root.FullName, "FormHub.sln"))) root = root.Parent!;
        var shipped = Path.Combine(root.FullName, "form-templates");
        var catalog = Core.Catalog.CatalogLoader.LoadDirectory(Path.Combine(shipped, "catalog"));
        var compiler = new Compilation.TemplateCompiler(catalog);

        var templates = Core.Templates.TemplateLoader.LoadDirectory(Path.Combine(shipped, "templates")).Select(compiler.Compile).ToList();
        var rules = new Compilation.RuleCompiler(catalog).CompileAll(Core.Rules.RuleLoader.LoadDirectory(Path.Combine(shipped, "rules")));

        Assert.Contains(templates, t => t.Template.Id == "tj-labour-quarterly");
        Assert.Empty(templates.Where(t => !t.SharesEngine).Select(t => t.Template.Id));
        Assert.NotEmpty(rules);
        Assert.Empty(rules.Where(r => !r.SharesEngine).Select(r => r.Rule.Id));
    }

    [Fact]
    public void TemplatesDeclaringVarKeepAnEngineOfTheirOwn()
    {
        var first = Template("first", ("a", "var k = 2; k * 3"));
        var second = Template("second", ("b", "const j = 1; if (j) { var k = 5; } k"));
        var third = Template("third", ("c", "typeof globalThis.k"));

        Assert.False(first.SharesEngine);
        Assert.False(second.SharesEngine);
        Assert.Equal(6m, Evaluator.Evaluate(first, Village(("甲", "在保", 3))).Values["a"]);
        Assert.Equal(5m, Evaluator.Evaluate(second, Village(("甲", "在保", 3))).Values["b"]);
        Assert.Equal("undefined", Evaluator.Evaluate(third, Village(("甲", "在保", 3))).Values["c"]);
    }

    [Fact]
    public void AScriptRunAsABlockFailsAtItsOwnLineAndColumn()
    {
        var template = TestData.Compile(TestData.Template("""
              - id: v
                title: v
                value: |
                  const empty = null;
                  const n = 1;
                  n + empty.field
            """));

        var failure = Evaluator.Evaluate(template, Village(("甲", "在保", 3))).CellErrors["v"];

        Assert.True(template.SharesEngine);
        // Where the script as written (on an engine of its own) failed too: the block's first line is not counted.
        Assert.Contains("(test.yaml:12:17)", failure.Message.En);
        Assert.Contains("（test.yaml:12:17）", failure.Message.Zh);
    }

    [Fact]
    public void AScriptStoppedByALimitLeavesTheNextRowAWorkingEngine()
    {
        var tight = new TemplateEvaluator(new SandboxOptions { MaxStatements = 10_000 });
        var loop = Template("loop", ("a", "(() => { while (true) {} })()"));
        var error = Template("error", ("a", "null.x"));
        var fine = Template("fine", ("a", "count(households, {dibao_status: '在保'})"), ("b", "(function f(n) { return n === 0 ? 0 : 1 + f(n - 1); })(40)"));

        Assert.Equal(ScriptFailureKind.StatementLimit, tight.Evaluate(loop, Village(("甲", "在保", 3))).CellErrors["a"].Kind);
        Assert.Equal(1m, tight.Evaluate(fine, Village(("甲", "在保", 3))).Values["a"]);
        Assert.Equal(ScriptFailureKind.ScriptError, tight.Evaluate(error, Village(("甲", "在保", 3))).CellErrors["a"].Kind);
        var after = tight.Evaluate(fine, Village(("甲", "在保", 3)));
        Assert.Empty(after.CellErrors);
        Assert.Equal(40m, after.Values["b"]);
    }

    [Fact]
    public void EachRowWatchesItsOwnCancellation()
    {
        var patient = new TemplateEvaluator(new SandboxOptions { MaxStatements = int.MaxValue, Timeout = TimeSpan.FromSeconds(30) });
        var counting = Template("counting", ("a", "(() => { let n = 0; for (let i = 0; i < 100000; i++) n++; return n; })()"));
        var endless = Template("endless", ("a", "(() => { while (true) {} })()"));
        using var first = new CancellationTokenSource();
        using var second = new CancellationTokenSource();

        Assert.Equal(100_000m, patient.Evaluate(counting, Village(("甲", "在保", 3)), first.Token).Values["a"]);
        first.Cancel();
        // The shared engine no longer watches the first row's token …
        Assert.Equal(100_000m, patient.Evaluate(counting, Village(("甲", "在保", 3)), second.Token).Values["a"]);
        second.CancelAfter(TimeSpan.FromMilliseconds(200));
        // … and watches this one's.
        Assert.Throws<OperationCanceledException>(() => patient.Evaluate(endless, Village(("甲", "在保", 3)), second.Token));
        Assert.Equal(100_000m, patient.Evaluate(counting, Village(("甲", "在保", 3))).Values["a"]);
    }

    [Fact]
    public void RegExpLegacyStaticsDoNotCarryOneRowsMatchToTheNext()
    {
        // RegExp.$1, RegExp.input … are getters over engine-wide state that freezing leaves alone: a row of another village
        // could read the ID number the row before matched. They are gone, on shared engines and engines of their own.
        var matcher = Template("matcher", ("a", "/^([0-9]{6})([0-9]{8})/.test(persons[0].id_number) ? 1 : 0"));
        const string statics = "['$1', '$2', 'input', '$_', 'lastMatch', '$&', 'lastParen', '$+', 'leftContext', '$`', 'rightContext', \"$'\"]"
            + ".map(k => typeof RegExp[k] + (k in RegExp)).join()";
        var reader = Template("reader", ("r", statics));
        var own = Template("own", ("r", "var m = /([0-9]+)/.exec('110105'); " + statics));
        var expected = string.Join(",", Enumerable.Repeat("undefinedfalse", 12));

        Assert.Equal(1m, Evaluator.Evaluate(matcher, Village(("甲", "在保", 3))).Values["a"]);
        Assert.Equal(expected, Evaluator.Evaluate(reader, Village(("乙", "在保", 2))).Values["r"]);
        Assert.False(own.SharesEngine);
        Assert.Equal(expected, Evaluator.Evaluate(own, Village(("乙", "在保", 2))).Values["r"]);
    }

    [Theory]
    [InlineData("preventExtensions")]
    [InlineData("seal")]
    [InlineData("freeze")]
    public void AGlobalObjectMadeNonExtensibleDoesNotReachTheNextRow(string how)
    {
        var closer = Template("closer", ("a", $"(() => {{ Object.{how}(globalThis); return Object.isExtensible(globalThis) ? 1 : 0; }})()"));
        var writer = Template("writer", ("w", "(() => { globalThis.added = 5; return typeof globalThis.added + Object.isExtensible(globalThis); })()"));

        Assert.Equal(0m, Evaluator.Evaluate(closer, Village(("甲", "在保", 3))).Values["a"]);
        Assert.Equal("numbertrue", Evaluator.Evaluate(writer, Village(("甲", "在保", 3))).Values["w"]);
    }

    [Fact]
    public void RowsSwitchingOptionsOnOneThreadKeepAnEngineForEach()
    {
        // A live derivation and a draft preview on one thread: each options' engine is kept, not rebuilt at every switch.
        var live = new TemplateEvaluator(new SandboxOptions { MaxStatements = 100_001 });
        var draft = new TemplateEvaluator(new SandboxOptions { MaxStatements = 100_002 });
        var template = Template("switch", ("a", "count(households)"));
        Assert.Equal(1m, live.Evaluate(template, Village(("甲", "在保", 3))).Values["a"]);
        Assert.Equal(1m, draft.Evaluate(template, Village(("甲", "在保", 3))).Values["a"]);
        var made = Runtime.ScriptHost.SharedEnginesMade;

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(1m, live.Evaluate(template, Village(("甲", "在保", 3))).Values["a"]);
            Assert.Equal(1m, draft.Evaluate(template, Village(("甲", "在保", 3))).Values["a"]);
            Assert.Equal(1m, Evaluator.Evaluate(template, Village(("甲", "在保", 3))).Values["a"]);
        }

        Assert.InRange(Runtime.ScriptHost.SharedEnginesMade - made, 0, 1); // the default options' engine, if this thread had none
        var again = Runtime.ScriptHost.SharedEnginesMade;
        Assert.Equal(1m, live.Evaluate(template, Village(("甲", "在保", 3))).Values["a"]);
        Assert.Equal(1m, draft.Evaluate(template, Village(("甲", "在保", 3))).Values["a"]);
        Assert.Equal(again, Runtime.ScriptHost.SharedEnginesMade);
    }

    [Theory]
    [InlineData("prev('hh')")]
    [InlineData("prev.call(null, 'hh')")]
    [InlineData("(0, prev)('hh')")]
    [InlineData("(() => { const p = prev; return p('hh'); })()")]
    [InlineData("[prev].map(f => f('hh'))[0]")]
    [InlineData("globalThis.prev('hh')")]
    [InlineData("globalThis['prev']('hh')")]
    [InlineData("(function () { return this.prev('hh'); })()")]
    [InlineData("globalThis['pr' + 'ev']('hh')")]
    [InlineData("Object.getOwnPropertyDescriptor(globalThis, 'prev').value('hh')")]
    [InlineData("(() => { const g = globalThis; return g.prev('hh'); })()")]
    public void PrevReachedAnyWayReadsLastPeriod(string expression)
    {
        var template = Template("prev-any", ("hh", "count(households)"), ("last", expression));

        Assert.True(template.ReadsPreviousPeriod);
        var scope = Village(("甲", "在保", 3)) with { PreviousRow = new Dictionary<string, object?> { ["hh"] = 4m } };
        Assert.Equal(4m, Evaluator.Evaluate(template, scope).Values["last"]);
    }

    [Theory]
    [InlineData("count(households)")]
    [InlineData("globalThis.Math.round(row.hh / 2)")]
    [InlineData("[1, 2].map(x => x * 2).length + period.key")]
    public void TemplatesNotNamingPrevDoNotReadLastPeriod(string expression)
    {
        Assert.False(Template("no-prev", ("hh", "count(households)"), ("x", expression)).ReadsPreviousPeriod);
    }

    [Fact]
    public void PrevMeetingTheNotReadRowFailsItsCellVisibly()
    {
        // A detour the check missed would otherwise show an empty cell: a wrong number nobody notices.
        var template = Template("prev-missed", ("hh", "count(households)"), ("last", "prev('hh')"));
        var scope = Village(("甲", "在保", 3)) with { PreviousRow = EvaluationScope.PreviousRowNotRead };

        var row = Evaluator.Evaluate(template, scope);

        Assert.Equal(1m, row.Values["hh"]);
        Assert.Null(row.Values["last"]);
        var error = row.CellErrors["last"];
        Assert.Equal(ScriptFailureKind.ScriptError, error.Kind);
        Assert.Contains("prev-missed", error.Message.Zh);
        Assert.Contains("last", error.Message.Zh);
        Assert.Contains("prev('hh') 未读到上一期的行", error.Message.Zh);
    }

    [Fact]
    public void ASharedEngineIsLetGoAfterRunningManyDistinctScripts()
    {
        // Jint keeps every script an engine evaluated; a preview engine meets a new draft script per request. Options of
        // its own, so this thread's engine for them serves only this test.
        var previews = new TemplateEvaluator(new SandboxOptions { MaxStatements = 100_003 });
        Assert.Equal(1m, previews.Evaluate(Template("draft-0", ("a", "count(households)")), Village(("甲", "在保", 3))).Values["a"]);
        var made = Runtime.ScriptHost.SharedEnginesMade;

        for (var i = 1; i < Runtime.ScriptHost.MaxScriptsPerSharedEngine; i++)
            Assert.Equal(1m + i, previews.Evaluate(Template($"draft-{i}", ("a", $"count(households) + {i}")), Village(("甲", "在保", 3))).Values["a"]);
        Assert.Equal(made, Runtime.ScriptHost.SharedEnginesMade);

        // One more distinct script: that engine is not kept, the next row gets a new one.
        var last = Runtime.ScriptHost.MaxScriptsPerSharedEngine;
        Assert.Equal(1m + last, previews.Evaluate(Template("draft-last", ("a", $"count(households) + {last}")), Village(("甲", "在保", 3))).Values["a"]);
        Assert.Equal(made, Runtime.ScriptHost.SharedEnginesMade);
        Assert.Equal(1m, previews.Evaluate(Template("draft-0", ("a", "count(households)")), Village(("甲", "在保", 3))).Values["a"]);
        Assert.Equal(made + 1, Runtime.ScriptHost.SharedEnginesMade);
    }
}
