using System.Globalization;
using FormHub.Core.Templates;
using FormHub.Core.Text;
using FormHub.Scripting.Compilation;
using FormHub.Scripting.Runtime;
using Jint;
using Jint.Runtime;

namespace FormHub.Scripting;

/// <summary>
/// Evaluates compiled templates in the sandbox. Safe for concurrent use: a row runs on its thread's shared engine, whose
/// built-ins and helpers are frozen and whose row globals are fresh per row (<see cref="ScriptHost.Rent"/>), or, when
/// its template declares global names, on a fresh engine of its own; either way nothing one template or row does to
/// the built-ins, helpers or data reaches another. A failing
/// expression fails its own cell with a reason naming template and column; the other cells, templates and the process
/// carry on. Cancelling <c>ct</c> stops a running script and throws <see cref="OperationCanceledException"/>.
/// </summary>
public sealed class TemplateEvaluator(SandboxOptions? options = null)
{
    private readonly SandboxOptions _options = options ?? SandboxOptions.Default;

    /// <summary>Derives a village row from the village's data.</summary>
    public RowResult Evaluate(CompiledTemplate template, EvaluationScope scope, CancellationToken ct = default) =>
        Run(template, scope, rollupSums: null, ct);

    /// <summary>
    /// Derives a rolled-up row (township, county …) from its children's rows: <c>sum</c> columns add up, <c>recompute</c>
    /// columns are evaluated again on the summed row (a ratio of sums, never a sum of ratios), <c>none</c> stays empty.
    /// Checks that read only <c>row</c> run here too.
    /// </summary>
    public RowResult EvaluateRollup(CompiledTemplate template, EvaluationScope scope, IEnumerable<IReadOnlyDictionary<string, object?>> children,
        CancellationToken ct = default)
    {
        var rows = children.ToList();
        var sums = new Dictionary<string, object?>();
        foreach (var column in template.Template.Columns.Where(c => c.Rollup == RollupRule.Sum))
        {
            var numbers = rows.Select(r => r.GetValueOrDefault(column.Id)).OfType<decimal>().ToList();
            sums[column.Id] = numbers.Count == 0 ? null : numbers.Sum();
        }
        return Run(template, scope, sums, ct);
    }

    private RowResult Run(CompiledTemplate template, EvaluationScope scope, Dictionary<string, object?>? rollupSums, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        var values = new Dictionary<string, object?>();
        var errors = new Dictionary<string, ScriptFailure>();
        var checks = new List<CheckOutcome>();
        // The engine is made when the first expression runs: a rolled-up row of sum columns needs none.
        ScriptHost? host = null;
        ScriptHost Host()
        {
            if (host is not null) return host;
            host = template.SharesEngine
                ? ScriptHost.Rent(_options, scope, bindEntities: rollupSums is null, ct)
                : new ScriptHost(_options, scope, bindEntities: rollupSums is null, ct);
            foreach (var (id, value) in values) host.SetRowValue(id, value);
            return host;
        }
        var completed = false;
        try
        {
            var row = RunExpressions(template, rollupSums, values, errors, checks, Host, ct);
            completed = true;
            return row;
        }
        finally
        {
            // Thrown past (cancelled): the shared engine is not trusted again, a new one is made for the next row.
            host?.Return(reusable: completed);
        }
    }

    private RowResult RunExpressions(CompiledTemplate template, Dictionary<string, object?>? rollupSums, Dictionary<string, object?> values,
        Dictionary<string, ScriptFailure> errors, List<CheckOutcome> checks, Func<ScriptHost> host, CancellationToken ct)
    {
        ScriptHost? made = null;
        foreach (var (column, expression) in template.Order)
        {
            object? value;
            if (rollupSums is not null && column.Rollup != RollupRule.Recompute)
            {
                value = column.Rollup == RollupRule.Sum ? rollupSums.GetValueOrDefault(column.Id) : null;
            }
            else
            {
                var (result, failure) = Execute(made = host(), expression, template.Template, column.Id, checkIndex: -1, ct);
                if (failure is not null) errors[column.Id] = failure;
                value = result;
            }
            values[column.Id] = value;
            made?.SetRowValue(column.Id, value);
        }
        for (var i = 0; i < template.Checks.Count; i++)
        {
            var (check, expression) = template.Checks[i];
            if (rollupSums is not null && !expression.RunsOnRollups) continue;
            var (result, failure) = Execute(host(), expression, template.Template, column: null, checkIndex: i, ct, allowBool: true);
            checks.Add(new CheckOutcome(i, check.Level, failure is null && result is true, check.Message, failure));
        }
        return new RowResult(values, errors, checks);
    }

    // Where the expression sits, as failures name it: worked out on its first run and kept beside it (the same for every
    // row of the template version), not formatted again for every expression of every row.
    private (object? Value, ScriptFailure? Failure) Execute(ScriptHost host, CompiledExpression expression, ReportTemplate template,
        string? column, int checkIndex, CancellationToken ct, bool allowBool = false)
    {
        var (zh, en) = expression.Place ??= column is not null
            ? ($"模板 {template.Id}（第{template.Version}版）列“{column}”", $"template {template.Id} v{template.Version} column '{column}'")
            : ($"模板 {template.Id}（第{template.Version}版）第{checkIndex + 1}条校验", $"template {template.Id} v{template.Version} check {checkIndex + 1}");
        return Execute(_options, host, expression, zh, en, ct, allowBool);
    }

    /// <summary>
    /// Runs one expression under the sandbox limits; every way a script can fail becomes a <see cref="ScriptFailure"/>
    /// starting with <paramref name="where"/>. Shared with <see cref="RuleEvaluator"/>.
    /// </summary>
    internal static (object? Value, ScriptFailure? Failure) Execute(SandboxOptions options, ScriptHost host, CompiledExpression expression,
        string where, string whereEn, CancellationToken ct, bool allowBool = false)
    {
        try
        {
            var result = host.Run(expression.Program);
            if (result.IsObject() && !allowBool)
                return (null, Fail(ScriptFailureKind.ScriptError, $"{where}：结果应为数字或文字，实际为对象或列表", $"{whereEn}: the result must be a number or text, not an object or list"));
            var value = ScriptValues.FromJs(result);
            if (value is string { Length: var length } && length > options.MaxCellTextLength)
                return (null, Fail(ScriptFailureKind.MemoryLimit,
                    $"{where}：结果文字长 {length:N0} 个字符，超过单元格上限 {options.MaxCellTextLength:N0}，已舍弃",
                    $"{whereEn}: the result is {length:N0} characters of text, more than a cell may hold ({options.MaxCellTextLength:N0}); discarded"));
            if (allowBool && value is not bool)
                return (null, Fail(ScriptFailureKind.ScriptError, $"{where}：校验规则的结果应为 true 或 false", $"{whereEn}: a check rule must give true or false"));
            return (value, null);
        }
        catch (TimeoutException)
        {
            host.Broken = true;
            return (null, Fail(ScriptFailureKind.Timeout, $"{where}：运行超过 {options.Timeout.TotalSeconds:0.##} 秒，已停止（是否有死循环？）",
                $"{whereEn}: ran longer than {options.Timeout.TotalSeconds:0.##} s and was stopped (an endless loop?)"));
        }
        catch (StatementsCountOverflowException)
        {
            host.Broken = true;
            return (null, Fail(ScriptFailureKind.StatementLimit, $"{where}：执行语句超过 {options.MaxStatements:N0} 条，已停止（是否有死循环？）",
                $"{whereEn}: executed more than {options.MaxStatements:N0} statements and was stopped (an endless loop?)"));
        }
        catch (RecursionDepthOverflowException)
        {
            host.Broken = true;
            return (null, Fail(ScriptFailureKind.RecursionLimit, $"{where}：函数递归超过 {options.MaxRecursion} 层，已停止",
                $"{whereEn}: recursion deeper than {options.MaxRecursion} calls was stopped"));
        }
        catch (MemoryLimitExceededException e) when (e.Message.Contains("array size", StringComparison.Ordinal))
        {
            host.Broken = true;
            return (null, Fail(ScriptFailureKind.MemoryLimit, $"{where}：数组长度超过 {options.MaxArrayLength:N0}，已停止",
                $"{whereEn}: an array longer than {options.MaxArrayLength:N0} elements was stopped"));
        }
        catch (MemoryLimitExceededException)
        {
            host.Broken = true;
            return (null, Fail(ScriptFailureKind.MemoryLimit, $"{where}：占用内存超过 {options.MaxAllocatedBytes >> 20} MB，已停止",
                $"{whereEn}: used more than {options.MaxAllocatedBytes >> 20} MB and was stopped"));
        }
        catch (StringTooLongException e)
        {
            host.Broken = true;
            return (null, Fail(ScriptFailureKind.MemoryLimit, $"{where}：{e.Text.Zh}", $"{whereEn}: {e.Text.En}"));
        }
        catch (ExecutionCanceledException)
        {
            host.Broken = true;
            throw new OperationCanceledException(ct);
        }
        catch (OutOfMemoryException)
        {
            host.Broken = true;
            return (null, Fail(ScriptFailureKind.MemoryLimit, $"{where}：占用内存过多，已停止", $"{whereEn}: used too much memory and was stopped"));
        }
        catch (HelperMisuseException e)
        {
            return (null, Fail(ScriptFailureKind.ScriptError, $"{where}：{e.Text.Zh}", $"{whereEn}: {e.Text.En}"));
        }
        catch (JavaScriptException e)
        {
            var at = e.Location.Start.Line - expression.LinesBefore;
            var line = at > 0 ? expression.Source.Map(at, e.Location.Start.Column + 1) : expression.Source.Span;
            var error = ErrorText(e);
            return (null, Fail(ScriptFailureKind.ScriptError, $"{where}（{line}）：脚本错误 {error}", $"{whereEn} ({line}): script error {error}"));
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or InvalidCastException or IndexOutOfRangeException
                                   or NullReferenceException or FormatException or OverflowException or NotSupportedException or NotImplementedException)
        {
            // Some script mistakes surface from the interpreter as CLR exceptions; they are the script's fault, not the server's.
            host.Broken = true;
            return (null, Fail(ScriptFailureKind.ScriptError, $"{where}：脚本错误（{e.Message}）", $"{whereEn}: script error ({e.Message})"));
        }
    }

    /// <summary>
    /// The error's message, bounded: a script may throw a huge string. Jint composed it while the script ran, under the
    /// limits; reading the thrown object again here could run a hostile getter outside them.
    /// </summary>
    private static string ErrorText(JavaScriptException e) => e.Message.Length > 300 ? e.Message[..300] + "…" : e.Message;

    private static ScriptFailure Fail(ScriptFailureKind kind, string zh, string en) => new(kind, new LocalizedText(zh, en));
}
