using FormHub.Core.Catalog;
using FormHub.Core.Templates;
using FormHub.Core.Text;
using Acornima;
using Jint;

namespace FormHub.Scripting.Compilation;

/// <summary>
/// Checks a loaded template against the catalog and itself, and parses its expressions once. Every problem is reported
/// with file, line and column: JavaScript syntax errors, unknown names and fields, references to missing columns,
/// cycles between columns, and <c>recompute</c> columns that read entity lists.
/// </summary>
public sealed class TemplateCompiler(FieldCatalog catalog)
{
    public CompiledTemplate Compile(ReportTemplate template)
    {
        var problems = new List<SourceProblem>();
        var columns = new List<(TemplateColumn Column, CompiledExpression Expression)>();
        foreach (var column in template.Columns)
        {
            if (Parse(template, column.Value, problems) is { } compiled)
            {
                columns.Add((column, compiled));
                if (column.Rollup == RollupRule.Recompute && compiled.Analysis.UsesEntities)
                {
                    Add(problems, column.Value.Span,
                        $"列“{column.Id}”的汇总方式为 recompute，只能引用 row 中的其他列（如 ratio(row.funds, row.hh, 2)），不能直接读取户、人员等数据；请把数据读取放到单独的列中",
                        $"Column '{column.Id}' has rollup: recompute, so it may read only other columns (e.g. ratio(row.funds, row.hh, 2)), not entity lists; move the data into its own column");
                }
            }
        }
        var checks = new List<(TemplateCheck, CompiledExpression)>();
        foreach (var check in template.Checks)
        {
            if (Parse(template, check.Rule, problems) is { } compiled) checks.Add((check, compiled));
        }
        var order = Order(columns, problems);
        var distinct = problems.Distinct().OrderBy(p => p.Line).ThenBy(p => p.Column).ToList();
        if (distinct.Count > 0) throw new SourceProblemException(distinct);
        return new CompiledTemplate(template, order, checks);
    }

    /// <summary>Prepares one expression and checks what it reads; shared with <see cref="RuleCompiler"/>, whose scripts have <paramref name="extra"/> globals.</summary>
    internal CompiledExpression? Parse(ReportTemplate template, TemplateExpression expression, List<SourceProblem> problems, ExtraNames? extra = null)
    {
        Prepared<Acornima.Ast.Script> program;
        try
        {
            // Prepared once per template version; the result is thread-safe and every engine reuses it.
            program = Engine.PrepareScript(expression.Code, template.SourceFile);
        }
        catch (ScriptPreparationException e) when (e.InnerException is ParseErrorException parse)
        {
            // Acornima counts columns from 0, the file positions FormHub prints from 1.
            var at = expression.Map(Math.Max(1, parse.LineNumber), parse.Column + 1);
            var description = parse.Description ?? parse.Message;
            problems.Add(new SourceProblem(at.File, at.Line, at.Column, new LocalizedText(
                $"JavaScript 语法错误：{Translate(description)}", $"JavaScript syntax error: {description}")));
            return null;
        }
        var analyzer = new ExpressionAnalyzer(catalog, template, expression, problems, extra);
        analyzer.Analyze(program.Program!);
        // Native callbacks are found on the syntax that runs: the engine's function objects name its nodes.
        var block = ScriptBlock.TryWrap(expression.Code, template.SourceFile, program);
        NativeCallback.RegisterAll((block?.Program ?? program).Program!);
        return new CompiledExpression(expression, program, analyzer.Analysis, block);
    }

    /// <summary>Acornima's messages in Chinese, the common ones word for word; anything else keeps its English text after the Chinese lead.</summary>
    private static string Translate(string description) => description
        .Replace("Unexpected end of input", "表达式不完整（括号或引号未闭合？）")
        .Replace("Unterminated string constant", "字符串缺少结尾的引号")
        .Replace("Unterminated template", "模板字符串缺少结尾的 `")
        .Replace("Unexpected character", "出现非法字符")
        .Replace("Unexpected token", "意外的符号")
        .Replace("Unexpected identifier", "意外的名称")
        .Replace("Unexpected string", "意外的字符串")
        .Replace("Unexpected number", "意外的数字")
        .Replace("Unexpected keyword", "不能在这里使用关键字")
        .Replace("Unexpected reserved word", "不能使用保留字")
        .Replace("Illegal return statement", "顶层不能写 return（表达式的值是最后一条语句的值）")
        .Replace("'return' outside of function", "顶层不能写 return（表达式的值是最后一条语句的值）")
        .Replace("Assignment to constant variable", "不能给 const 常量重新赋值");

    /// <summary>Orders columns so each comes after those it reads; a cycle is reported at every column in it.</summary>
    private static List<(TemplateColumn, CompiledExpression)> Order(List<(TemplateColumn Column, CompiledExpression Expression)> columns, List<SourceProblem> problems)
    {
        var byId = columns.ToDictionary(c => c.Column.Id);
        var order = new List<(TemplateColumn, CompiledExpression)>();
        var state = new Dictionary<string, int>(); // 1 visiting, 2 done
        var path = new Stack<string>();

        void Visit(string id)
        {
            if (state.GetValueOrDefault(id) == 2 || !byId.TryGetValue(id, out var column)) return;
            if (state.GetValueOrDefault(id) == 1)
            {
                var cycle = path.Reverse().SkipWhile(c => c != id).Append(id).ToList();
                var text = string.Join(" → ", cycle);
                foreach (var member in cycle.Distinct())
                {
                    Add(problems, byId[member].Column.Value.Span, $"列之间循环引用：{text}，无法计算", $"Columns refer to each other in a cycle: {text}");
                }
                return;
            }
            state[id] = 1;
            path.Push(id);
            foreach (var dependency in column.Expression.Analysis.RowReferences) Visit(dependency);
            path.Pop();
            state[id] = 2;
            order.Add(column);
        }

        foreach (var column in columns) Visit(column.Column.Id);
        return order;
    }

    private static void Add(List<SourceProblem> problems, SourceSpan at, string zh, string en) =>
        problems.Add(new SourceProblem(at.File, at.Line, at.Column, new LocalizedText(zh, en)));
}
