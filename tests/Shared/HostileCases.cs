namespace FormHub.Tests.Shared;

/// <summary>
/// Hostile template expressions (issue 12): each is one column of a template, and the sandbox must stop it with a
/// Chinese reason naming the template and the column while the row's other columns, other templates and the process
/// carry on. Shared by the Scripting, CLI and server test projects (linked source), so every layer runs the same cases.
/// Names the checker refuses (importNamespace, System) are reached through the global object here, so the template
/// passes <c>template check</c> and the runtime is what is tested.
/// </summary>
public static class HostileCases
{
    /// <summary>A column that fails at run time, and a fragment its Chinese reason must contain.</summary>
    public sealed record Case(string Column, string Expression, string Reason);

    public static readonly IReadOnlyList<Case> Failing =
    [
        new("endless_loop", "(() => { while (true) {} })()", "已停止（是否有死循环？）"),
        new("deep_recursion", "(function f(n) { return f(n + 1); })(0)", "函数递归超过"),
        new("mutual_recursion", "(() => { const a = n => b(n + 1); const b = n => a(n + 1); return a(0); })()", "函数递归超过"),
        new("repeat_bomb", "'x'.repeat(2 ** 28).length", "生成的文字超过"),
        new("join_bomb", "new Array(1e9).join('x').length", "已停止"),
        new("array_bomb", "Array.from({length: 1e8}).length", "已停止"),
        new("string_doubling", "(() => { let s = 'x'; for (;;) s += s; })()", "已停止"),
        new("function_constructor", "count.constructor.constructor('return this')()", "脚本错误"),
        new("get_type", "households.GetType()", "脚本错误"),
        new("huge_cell", "'x'.repeat(100000)", "超过单元格上限"),
    ];

    /// <summary>
    /// What a script sees of .NET through every object and function FormHub hands it: nothing. Evaluates to this text.
    /// </summary>
    public const string ClrProbe = """
        [households, households[0], persons, village, period, unit, row, count, where(households, {}), groupBy(households, 'dibao_status'), Math, JSON, ''.constructor, (() => 1)]
          .map(o => o == null ? 'none' : typeof o.GetType + typeof (o.constructor && o.constructor.GetType)).join() +
        '|' + typeof globalThis['importNa' + 'mespace'] + typeof globalThis['Sys' + 'tem'] + typeof globalThis['clr']
        """;

    /// <summary>True when the probe's result shows no .NET member anywhere (every entry undefined, or none for an absent object).</summary>
    public static bool ClrProbeFoundNothing(object? result) =>
        result is string text && text.EndsWith("|undefinedundefinedundefined", StringComparison.Ordinal)
        && text.Split('|')[0].Split(',').All(e => e is "undefinedundefined" or "none") && text.Split('|')[0].Split(',').Length == 14;

    /// <summary>A column that redefines built-ins, Object.prototype and a helper, then gives 1.</summary>
    public const string Poison = """
        (() => {
          Math.round = () => 42;
          Array.prototype.map = () => ['poisoned'];
          Array.prototype.filter = () => [];
          Object.prototype.dibao_status = '在保';
          String.prototype.repeat = () => 'poisoned';
          globalThis.count = () => 999;
          return 1;
        })()
        """;

    /// <summary>A victim template's columns: what the poison would change if it leaked (expected values for one 在保 household of 3 persons and one 停保 household).</summary>
    public static readonly IReadOnlyList<(string Column, string Expression, object Expected)> Victim =
    [
        ("hh", "count(households, {dibao_status: '在保'})", 1m),
        ("rounded", "Math.round(2.4)", 2m),
        ("mapped", "[1, 2].map(x => x * 2).join()", "2,4"),
        ("filtered", "households.filter(h => h.dibao_status === '在保').length", 1m),
        ("fresh_object", "({}).dibao_status === undefined", true),
        ("repeated", "'ab'.repeat(2)", "abab"),
    ];
}
