using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;
using FormHub.Core.Periods;
using FormHub.Core.Templates;
using FormHub.Core.Text;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace FormHub.Reports;

/// <summary>
/// Renders a template's narrative, a Scriban template, for one row (village, township, county …). What it can read
/// (docs/templates.md §13): <c>row.x</c> (the cell as printed: the column's digits, "—" when empty), <c>value.x</c>
/// (the number itself, for <c>if</c> and formatting pipes), <c>prev.x</c> (last period's value), <c>unit</c> and
/// <c>period</c>, plus the Chinese formatting functions of <see cref="NarrativeFunctions"/>. Parsed once per template
/// version; rendered on a context each thread keeps, the row's data pushed as a fresh global per render and popped after. Loops, recursion, output and time are limited and throw: a runaway narrative fails that row's narrative
/// only, with a reason naming the template, never the derivation.
/// </summary>
public sealed partial class NarrativeRenderer
{
    /// <summary>Iterations over all loops of one render (Scriban counts nested loops together).</summary>
    public const int LoopLimit = 1_000;

    /// <summary>Characters one narrative may produce.</summary>
    public const int OutputLimit = 20_000;

    private static readonly ScriptObject Functions = NarrativeFunctions.Create();
    private readonly ConcurrentDictionary<(string, int), Template> _parsed = new();
    private readonly TimeSpan _timeout;

    public NarrativeRenderer(TimeSpan? timeout = null) => _timeout = timeout ?? TimeSpan.FromSeconds(1);

    /// <summary>
    /// Problems in a narrative: Scriban syntax, and (rendered once with sample values, strictly) unknown names and
    /// columns, each at its line and column in the file.
    /// </summary>
    public IReadOnlyList<SourceProblem> Check(ReportTemplate template)
    {
        if (template.Narrative is null) return [];
        var source = template.NarrativeSource ?? new TemplateExpression(template.Narrative, new Core.Templates.SourceSpan(template.SourceFile, 0, 0));
        var problems = new List<SourceProblem>();
        SourceProblem At(Scriban.Parsing.SourceSpan span, string zh, string en)
        {
            var at = source.Map(span.Start.Line + 1, span.Start.Column + 1);
            return new SourceProblem(at.File, at.Line, at.Column, new LocalizedText(zh, en));
        }

        var parsed = Template.Parse(template.Narrative, template.SourceFile);
        if (parsed.HasErrors)
        {
            // Scriban often reports one mistake twice (the token, then the unbalanced braces): the first says it best.
            var m = parsed.Messages.First(m => m.Type == ParserMessageType.Error);
            problems.Add(At(m.Span, $"文字说明（narrative）的写法有误：{m.Message}", $"The narrative is malformed: {m.Message}"));
            return problems;
        }

        // Column names are checked everywhere, also in branches the sample render below does not take.
        var columns = template.Columns.Select(c => c.Id).ToList();
        var lines = template.Narrative.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            foreach (Match m in ColumnReference().Matches(lines[i]))
            {
                var column = m.Groups[2].Value;
                if (template.FindColumn(column) is not null) continue;
                var at = source.Map(i + 1, m.Groups[2].Index + 1);
                problems.Add(new SourceProblem(at.File, at.Line, at.Column, new LocalizedText(
                    $"narrative 引用了不存在的列“{column}”{DidYouMean.Suffix(column, columns).Zh}，已有的列：{string.Join("、", columns)}",
                    $"The narrative refers to a column '{column}' that does not exist{DidYouMean.Suffix(column, columns).En}")));
            }
        }
        if (problems.Count > 0) return problems;

        // Every column holds a number, so both branches of a comparison are reachable in the usual narrative.
        var sample = template.Columns.ToDictionary(c => c.Id, _ => (object?)1m);
        var context = Context(template, Period.Parse(template.Period switch
        {
            PeriodType.Monthly => "2026-11",
            PeriodType.Quarterly => "2026Q4",
            _ => "2026",
        }), "示例村委会", "000000000000", sample, sample, strict: true, CancellationToken.None);
        try
        {
            parsed.Render(context);
        }
        catch (ScriptRuntimeException e)
        {
            var known = string.Join("、", template.Columns.Select(c => c.Id));
            problems.Add(At(e.Span, $"文字说明（narrative）：{Explain(e.OriginalMessage)}（可用：row.列id、value.列id、prev.列id、unit、period 和格式函数；本模板的列：{known}）",
                $"The narrative: {e.OriginalMessage}"));
        }
        return problems;
    }

    /// <summary>Renders the narrative of one row, or null when the template has none. A narrative that breaks a limit renders as its reason.</summary>
    public string? Render(ReportTemplate template, Period period, string unitName, string unitCode, IReadOnlyDictionary<string, object?> values,
        IReadOnlyDictionary<string, object?>? previous = null, CancellationToken ct = default)
    {
        if (template.Narrative is null) return null;
        var parsed = _parsed.GetOrAdd((template.Id, template.Version), _ => Template.Parse(template.Narrative, template.SourceFile));
        if (parsed.HasErrors) return $"（文字说明有误：{parsed.Messages.First().Message}）";
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(_timeout);
        // The thread's context, taken out while it renders (a nested render would make its own): a new TemplateContext
        // is about 21 kB, most of a short narrative's render (Reset clears its accessor caches, so only the allocation is saved).
        var context = t_context ?? NewContext(strict: false);
        t_context = null;
        var completed = false;
        context.CancellationToken = timeout.Token;
        context.Tags[NarrativeFunctions.PeriodTypeTag] = period.Type;
        context.PushGlobal(Data(template, period, unitName, unitCode, values, previous ?? Empty));
        try
        {
            var text = parsed.Render(context);
            completed = true;
            return text;
        }
        catch (ScriptAbortException) when (!ct.IsCancellationRequested)
        {
            return $"（模板 {template.Id}（第{template.Version}版）的文字说明运行超过 {_timeout.TotalSeconds:0.##} 秒，已停止）";
        }
        catch (ScriptRuntimeException e)
        {
            return $"（模板 {template.Id}（第{template.Version}版）的文字说明出错：{Explain(e.OriginalMessage)}）";
        }
        finally
        {
            // The row's data goes with its global (what the narrative assigned too); a render stopped mid-way leaves
            // its context behind, the thread's next render makes a new one.
            if (completed)
            {
                context.PopGlobal();
                context.Reset();
                context.CancellationToken = CancellationToken.None;
                t_context = context;
            }
        }
    }

    /// <summary>The calling thread's render context between renders (rows' data pushed and popped per render).</summary>
    [ThreadStatic] private static TemplateContext? t_context;

    private static readonly IReadOnlyDictionary<string, object?> Empty = new Dictionary<string, object?>();

    private static TemplateContext Context(ReportTemplate template, Period period, string unitName, string unitCode,
        IReadOnlyDictionary<string, object?> values, IReadOnlyDictionary<string, object?> previous, bool strict, CancellationToken ct)
    {
        var context = NewContext(strict);
        context.CancellationToken = ct;
        context.Tags[NarrativeFunctions.PeriodTypeTag] = period.Type;
        context.PushGlobal(Data(template, period, unitName, unitCode, values, previous));
        return context;
    }

    private static TemplateContext NewContext(bool strict) => new(Functions)
    {
        StrictVariables = strict,
        EnableRelaxedMemberAccess = !strict,
        LoopLimit = LoopLimit,
        RecursiveLimit = 20,
        OutputLimit = OutputLimit,
        OnOutputLimit = ScriptLimitBehavior.Throw,
        LimitToString = OutputLimit,
        OnStringLimit = ScriptLimitBehavior.Throw,
        RegexTimeOut = TimeSpan.FromMilliseconds(200),
    };

    /// <summary>What one row's narrative reads, fresh per render: nothing one render assigns reaches the next.</summary>
    private static ScriptObject Data(ReportTemplate template, Period period, string unitName, string unitCode,
        IReadOnlyDictionary<string, object?> values, IReadOnlyDictionary<string, object?> previous) => new()
    {
        ["row"] = Columns(template, values, (v, c) => Format(v, c.Digits)),
        ["value"] = Columns(template, values, (v, _) => v),
        ["prev"] = Columns(template, previous, (v, _) => v),
        ["unit"] = new ScriptObject { ["name"] = unitName, ["code"] = unitCode },
        ["period"] = new ScriptObject
        {
            ["key"] = period.Key,
            ["display"] = period.DisplayZh,
            ["start"] = ChineseFormat.Date(period.Start),
            ["end"] = ChineseFormat.Date(period.End),
            ["type"] = period.Type.ToString().ToLowerInvariant(),
            ["year"] = period.Year,
            ["previous"] = ChineseFormat.PreviousPeriodName(period.Type),
        },
    };

    private static ScriptObject Columns(ReportTemplate template, IReadOnlyDictionary<string, object?> values, Func<object?, TemplateColumn, object?> pick)
    {
        var o = new ScriptObject();
        foreach (var column in template.Columns) o[column.Id] = pick(values.GetValueOrDefault(column.Id), column);
        o.IsReadOnly = true;
        return o;
    }

    private static string Explain(string message) => message
        .Replace("The variable or function", "名称", StringComparison.Ordinal)
        .Replace("was not found", "不存在", StringComparison.Ordinal)
        .Replace("Cannot get the member", "无法读取成员", StringComparison.Ordinal)
        .Replace("exceeds LoopLimit", "超过循环上限", StringComparison.Ordinal);

    [GeneratedRegex(@"\b(row|value|prev)\.([A-Za-z_][A-Za-z0-9_]*)")]
    private static partial Regex ColumnReference();

    /// <summary>Narrative numbers: whole numbers plain, others with the column's digits (default 2); empty cells as "—".</summary>
    private static string Format(object? value, int? digits) => value switch
    {
        null => "—",
        decimal d when digits is { } n => d.ToString("F" + n, CultureInfo.InvariantCulture),
        decimal d when d == decimal.Truncate(d) => d.ToString("F0", CultureInfo.InvariantCulture),
        decimal d => d.ToString("F2", CultureInfo.InvariantCulture),
        bool b => b ? "是" : "否",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };
}
