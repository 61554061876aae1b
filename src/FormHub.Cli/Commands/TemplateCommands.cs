using System.CommandLine;
using System.Text.RegularExpressions;
using FormHub.Core.Catalog;
using FormHub.Core.OrgUnits;
using FormHub.Core.Periods;
using FormHub.Core.Templates;
using FormHub.Core.Text;
using FormHub.Reports;
using FormHub.Reports.Templates;
using FormHub.Scripting;
using FormHub.Scripting.Compilation;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace FormHub.Cli.Commands;

/// <summary>
/// <c>formhub template check [FILE...]</c>: loads and compiles templates against the catalog, reporting every problem as
/// file:line:col; <c>formhub template preview FILE --village CODE --period P</c>: derives one village's row without storing it.
/// </summary>
internal static partial class TemplateCommands
{
    public static Command Create(CliContext context) =>
        new("template", "报表模板：检查与预览 / report templates: check and preview")
        {
            Check(context),
            Preview(context),
        };

    private static Command Check(CliContext context)
    {
        var files = new Argument<string[]>("FILE")
        {
            Description = "模板 YAML 文件或文件夹；不给时检查 form-templates/templates/ 中的全部模板",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var command = new Command("check",
            "检查模板：YAML 与键、表达式语法、读取的字段、列引用、循环引用、文字说明；每个问题一行 文件:行:列 / check templates against the catalog")
        {
            files,
        };
        command.SetAction(context.Action(async (parseResult, _) =>
        {
            var templates = context.TemplatesDirectory(parseResult);
            var given = parseResult.GetValue(files) ?? [];
            var paths = given.Length > 0 ? Expand(given) : TemplateFiles(Path.Combine(templates, "templates"));
            if (paths.Count == 0)
            {
                await context.Out.WriteLineAsync(given.Length > 0
                    ? $"{string.Join("、", given)} 中没有模板文件（*.yaml），未检查任何模板。"
                    : $"{Path.Combine(templates, "templates")} 中没有模板文件（*.yaml），未检查任何模板。");
                return ExitCodes.Ok;
            }

            var catalog = context.LoadCatalog(templates);
            var (compiled, problems) = CheckFiles(paths, catalog, templates);
            foreach (var template in compiled) await context.Out.WriteLineAsync(Summary(template));
            if (problems.Count > 0)
            {
                await WriteProblemsAsync(context.Err, problems);
                return ExitCodes.InputError;
            }
            await context.Out.WriteLineAsync(compiled.Count == 1 ? "模板检查通过。" : $"共 {compiled.Count} 个模板，全部通过检查。");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Preview(CliContext context)
    {
        var file = new Argument<string>("FILE") { Description = "要预览的模板 YAML 文件" };
        var village = new Option<string?>("--village") { Description = "村（居）委会区划代码（12位），须已导入", HelpName = "CODE" };
        var period = new Option<string?>("--period") { Description = "期别：2026-11（月）、2026Q4（季）或 2026（年），须与模板的报送周期一致", HelpName = "P" };
        var command = new Command("preview",
            "用已存的数据为一个村算出一行（不保存）：各列的值、校验结果和文字说明 / derive one village's row without storing it")
        {
            file,
            village,
            period,
        };
        command.SetAction(context.Action(async (parseResult, ct) =>
        {
            var path = parseResult.GetRequiredValue(file);
            var code = ParseVillage(parseResult.GetValue(village));
            var when = ParsePeriod(parseResult.GetValue(period));

            var templates = context.TemplatesDirectory(parseResult);
            var catalog = context.LoadCatalog(templates);
            var (compiled, problems) = CheckFiles([path], catalog, templates);
            if (problems.Count > 0 || compiled.Count != 1)
            {
                await WriteProblemsAsync(context.Err, problems);
                return ExitCodes.InputError;
            }
            var template = compiled[0];
            var t = template.Template;
            if (t.Period != when.Type)
            {
                var example = Period.Containing(when.Start, t.Period).Key;
                throw new CliException(
                    $"模板“{t.Id}”是{ChineseNames.Report(t.Period)}，--period 应为{ChineseNames.PeriodKind(t.Period)}，如 {example}；" +
                    $"“{when.Key}”是{ChineseNames.PeriodKind(when.Type)}");
            }

            await using var store = await context.OpenStoreAsync(context.Storage(parseResult), catalog, ct);
            var deriver = new ReportDeriver(store, new TemplateLibrary([template]), new TemplateEvaluator(), new NarrativeRenderer());
            var unit = (await deriver.LoadRegionsAsync(ct)).Find(code)
                ?? throw new CliException($"村 {code} 不在已导入的区划中（先运行 formhub regions import FILE）");
            var row = await deriver.PreviewAsync(template, unit, when, ct);

            await WritePreviewAsync(context, template, unit, when, row);
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static RegionCode ParseVillage(string? text)
    {
        if (text is null) throw new CliException("请用 --village CODE 指定要预览的村（居）委会（12位区划代码）");
        if (!RegionCode.TryParse(text, out var code, out var error)) throw new CliException(error.Zh);
        if (code.Level != OrgLevel.Village)
            throw new CliException($"区划代码 {code} 是{ChineseNames.Level(code.Level)}级代码；预览按村（居）委会计算一行，请给出村级代码");
        return code;
    }

    /// <summary>Parses --period (shared with <c>reports rebuild</c>).</summary>
    internal static Period ParsePeriod(string? text)
    {
        if (text is null) throw new CliException("请用 --period 指定期别：2026-11（月）、2026Q4（季）或 2026（年）");
        return Period.TryParse(text, out var period, out var error) ? period : throw new CliException(error.Zh);
    }

    private static async Task WritePreviewAsync(CliContext context, CompiledTemplate template, OrgUnit unit, Period period, ReportRow row)
    {
        var t = template.Template;
        var output = context.Out;
        await output.WriteLineAsync($"{t.Title}（{t.Id} 第{t.Version}版）· {unit.Name}（{unit.Code}）· {period.DisplayZh} · 预览，未保存");
        if (t.EffectiveFrom is { } from && string.CompareOrdinal(from, period.Key) > 0)
            await output.WriteLineAsync($"注意：第{t.Version}版自 {from} 起施行，{period.Key} 报送时用的是更早的版本；此处仍按本文件计算。");

        // Numbers line up on the right; a long error reason reads better from the left.
        var values = new TableColumn("值");
        if (row.CellErrors.Count == 0) values.RightAligned();
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("列")
            .AddColumn("标题")
            .AddColumn(values);
        var errorStyle = context.OutIsTerminal ? new Style(Color.Red) : Style.Plain;
        foreach (var column in t.Columns)
        {
            IRenderable value = row.CellErrors.TryGetValue(column.Id, out var error)
                ? new Text($"错误：{error.Zh}", errorStyle)
                : new Text(CellText(row[column.Id], column));
            table.AddRow(new Text(column.Id), new Text(column.Group is { } group ? $"{group}：{column.Title}" : column.Title), value);
        }
        context.Console().Write(table);

        if (row.Checks.Count == 0)
        {
            await output.WriteLineAsync("校验：模板没有校验规则");
        }
        else
        {
            await output.WriteLineAsync($"校验（{row.Checks.Count} 条）：");
            foreach (var check in row.Checks)
            {
                await output.WriteLineAsync(check switch
                {
                    { Passed: true } => $"  ✔ {check.Message}",
                    { Level: CheckLevel.Warning } => $"  ⚠ 警告：{check.Message}",
                    _ => $"  ✘ 错误：{check.Message}",
                });
                if (check.Failure is { } failure) await output.WriteLineAsync($"      无法判断，原因：{failure.Message.Zh}");
            }
        }

        if (row.Narrative is { } narrative) await output.WriteLineAsync($"说明：{narrative}");
        if (row.CellErrors.Count > 0)
            await output.WriteLineAsync($"有 {row.CellErrors.Count} 个单元格无法计算，原因见上表；正式报表中这些单元格同样会标为错误。");
    }

    /// <summary>A cell as the table prints it: the value formatted with the column's digits, then its unit; an empty cell as "—".</summary>
    private static string CellText(object? value, TemplateColumn column)
    {
        var text = Core.Text.CellText.Format(value, column.Digits);
        if (text.Length == 0) return "—";
        return value is decimal && column.Unit is { Length: > 0 } unit ? $"{text} {unit}" : text;
    }

    /// <summary>
    /// Loads the files together (so an id and version defined in two files is found), then compiles each file that
    /// loaded cleanly and checks its narrative. Returns the templates that passed and every problem, in file order.
    /// </summary>
    internal static (List<CompiledTemplate> Passed, List<SourceProblem> Problems) CheckFiles(IReadOnlyList<string> paths, FieldCatalog catalog, string formTemplates)
    {
        var problems = new List<SourceProblem>();
        var sources = new List<(string File, string Yaml)>();
        foreach (var path in paths.Distinct())
        {
            if (File.Exists(path)) sources.Add((path, File.ReadAllText(path)));
            else problems.Add(new SourceProblem(path, 0, 0, new LocalizedText($"找不到模板文件“{path}”", $"The template file '{path}' does not exist")));
        }

        var (passed, found) = TemplateChecker.Check(sources, catalog, formTemplates, RecordRuleReferences.IdsIn(Path.Combine(formTemplates, "rules")));
        var order = paths.Distinct().Select((p, i) => (p, i)).ToDictionary(x => x.p, x => x.i);
        var sorted = problems.Concat(found).Distinct()
            .OrderBy(p => order.GetValueOrDefault(p.File, int.MaxValue)).ThenBy(p => p.Line).ThenBy(p => p.Column)
            .ToList();
        return (passed, sorted);
    }

    /// <summary>"✔ id 第N版 标题（部门，月报）：4 列，1 条校验；读取字段 a、b".</summary>
    internal static string Summary(CompiledTemplate compiled)
    {
        var t = compiled.Template;
        var fields = compiled.FieldsRead.Count == 0 ? "不读取数据目录中的字段" : "读取字段 " + string.Join("、", compiled.FieldsRead);
        return $"✔ {t.Id} 第{t.Version}版 {t.Title}（{t.Department}，{ChineseNames.Report(t.Period)}）：{t.Columns.Count} 列，{t.Checks.Count} 条校验；{fields}";
    }

    internal static async Task WriteProblemsAsync(TextWriter error, IReadOnlyCollection<SourceProblem> problems)
    {
        foreach (var problem in problems) await error.WriteLineAsync(problem.ToString());
        var files = problems.Select(p => p.File).Distinct().Count();
        await error.WriteLineAsync(files > 1 ? $"共 {problems.Count} 处错误（{files} 个文件）。" : $"共 {problems.Count} 处错误。");
    }

    /// <summary>The template files of a folder (*.yaml, *.yml), in file-name order, as <see cref="TemplateLoader.LoadDirectory"/> reads them.</summary>
    private static List<string> TemplateFiles(string directory)
    {
        if (!Directory.Exists(directory)) throw new CliException($"模板文件夹“{directory}”不存在");
        return Directory.EnumerateFiles(directory)
            .Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
            .OrderBy(f => Path.GetFileName(f), StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>FILE arguments: a folder stands for its template files.</summary>
    private static List<string> Expand(IEnumerable<string> given) =>
        given.SelectMany(p => Directory.Exists(p) ? TemplateFiles(p) : [p]).ToList();


}
