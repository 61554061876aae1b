using System.Text.RegularExpressions;
using FormHub.Core.Text;
using FormHub.Core.Yaml;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace FormHub.Core.Templates;

/// <summary>
/// Loads report templates from YAML, one template version per file:
/// <code>
/// id: mz-dibao-monthly          # required; ^[a-z][a-z0-9-]*$
/// version: 1                    # required; whole number from 1
/// title: 农村最低生活保障情况月报   # required
/// title_en: Rural dibao, monthly  # optional
/// form_number: 民统1表            # optional; the department's 表号, printed in the header
/// department: 民政               # required
/// period: monthly               # required: monthly|quarterly|yearly
/// due: P10D                     # days after the period's end, ISO 8601 (PnD only); default P10D
/// rows: village                 # village (the only row level so far; default)
/// effective_from: 2026-01       # optional; a period key of the template's period type
/// columns:                      # required, at least one
///   - id: hh                    # required; ^[a-z][a-z0-9_]*$, unique within the template
///     title: 低保户数             # required
///     title_en: Households       # optional
///     unit: 户                   # optional
///     value: |                  # required: the ES5 expression (plain, quoted, or a literal block)
///       count(households, {dibao_status: '在保'})
///     rollup: sum               # sum|recompute|none (default sum)
///     digits: 0                 # optional; 0–6 decimal places
///     group: 其中                 # optional header group
/// checks:                       # optional
///   - rule: row.persons >= row.hh   # required expression
///     level: error              # error|warning (default error)
///     message: 低保人数不能少于低保户数   # required
/// narrative: 截至{{ period.end }}…   # optional Scriban text
/// excel: layouts/mz-dibao-monthly.xlsx   # optional; relative to form-templates/, must end with .xlsx
/// </code>
/// Every expression keeps the file position of its first character (<see cref="TemplateExpression.Span"/>), so
/// JavaScript and catalog problems found later point into the file. Every problem in every file is collected with
/// its file, line and column; any problem means no templates.
/// </summary>
public static class TemplateLoader
{
    /// <summary>Loads one template from YAML text; <paramref name="file"/> names the source in problems and spans.</summary>
    /// <exception cref="SourceProblemException">With every problem found.</exception>
    public static ReportTemplate Load(string file, string yaml) => Load([(file, yaml)])[0];

    /// <summary>Loads one template file.</summary>
    /// <exception cref="SourceProblemException">With every problem found, or when the file cannot be read.</exception>
    public static ReportTemplate LoadFile(string path)
    {
        if (!File.Exists(path))
            throw new SourceProblemException([new SourceProblem(path, 0, 0,
                new LocalizedText($"报表模板文件“{path}”不存在", $"The template file '{path}' does not exist"))]);
        return Load(path, File.ReadAllText(path));
    }

    /// <summary>
    /// Loads every *.yaml and *.yml file of a directory (not its subdirectories), in file-name order.
    /// An existing directory without template files gives an empty list.
    /// </summary>
    /// <exception cref="SourceProblemException">With every problem in every file, including an (id, version) defined twice.</exception>
    public static IReadOnlyList<ReportTemplate> LoadDirectory(string directory)
    {
        if (!Directory.Exists(directory))
            throw new SourceProblemException([new SourceProblem(directory, 0, 0,
                new LocalizedText($"报表模板文件夹“{directory}”不存在", $"The template directory '{directory}' does not exist"))]);

        var files = Directory.EnumerateFiles(directory)
            .Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
            .OrderBy(f => Path.GetFileName(f), StringComparer.Ordinal)
            .ToList();
        return Load(files.Select(f => (f, File.ReadAllText(f))));
    }

    /// <summary>Loads several YAML texts, one template each, in the given order; <c>File</c> names each source.</summary>
    /// <exception cref="SourceProblemException">With every problem in every source, including an (id, version) defined twice.</exception>
    public static IReadOnlyList<ReportTemplate> Load(IEnumerable<(string File, string Yaml)> sources)
    {
        var problems = new List<SourceProblem>();
        var parsed = new List<TemplateFileReader.Result>();
        var fileOrder = new Dictionary<string, int>();
        foreach (var (file, yaml) in sources)
        {
            fileOrder.TryAdd(file, fileOrder.Count);
            if (ParseYaml(file, yaml, problems) is { } root)
                parsed.Add(new TemplateFileReader(file, yaml, problems).Read(root));
        }

        var seen = new Dictionary<(string Id, int Version), TemplateFileReader.Result>();
        foreach (var result in parsed)
        {
            if (result.Id is not { } id || result.Version is not { } version) continue;
            if (seen.TryGetValue((id, version), out var first))
                problems.Add(Problem(result.File, result.IdMark,
                    $"报表“{id}”第 {version} 版重复定义，已在 {first.File} 第{first.IdMark.Line}行定义；新版本请把 version 加一",
                    $"Template '{id}' version {version} is defined twice; it is already defined in {first.File} line {first.IdMark.Line}. Give a new version a higher version number"));
            else seen[(id, version)] = result;
        }

        if (problems.Count > 0)
            throw new SourceProblemException(problems
                .OrderBy(p => fileOrder.GetValueOrDefault(p.File)).ThenBy(p => p.Line).ThenBy(p => p.Column).ToList());

        return parsed.Select(r => r.Template!).ToList();
    }

    private static YamlNode? ParseYaml(string file, string yaml, List<SourceProblem> problems) =>
        YamlDocumentReader.Parse(file, yaml, problems,
            new LocalizedText("文件为空，应定义一个报表模板（id、version、title、department、period、columns）",
                "The file is empty; it must define one report template (id, version, title, department, period, columns)"),
            new LocalizedText("一个文件只能定义一个报表模板（的一个版本），请删除“---”并把第二个模板放到单独的文件中",
                "A file defines exactly one template version; remove the '---' and move the second template to its own file"),
            // By far the commonest cause in a template: an expression such as count(households, {dibao_status: '在保'})
            // written as a plain YAML value, where ": " reads as a new key.
            e => e.Message.Contains("mapping", StringComparison.OrdinalIgnoreCase) && e.Message.Contains("scalar", StringComparison.OrdinalIgnoreCase)
                ? new LocalizedText(
                    "如果这是表达式里的“: ”（如 {dibao_status: '在保'} 或 a ? b : c），请把表达式写成 | 块（“value: |”后换行缩进书写）或用双引号括起来",
                    "If this is a ': ' inside an expression (as in {dibao_status: '在保'} or a ? b : c), write the expression as a literal block ('value: |' and the code indented on the next line) or wrap it in double quotes")
                : null);

    internal static SourceProblem Problem(string file, Mark mark, string zh, string en) =>
        new(file, (int)mark.Line, (int)mark.Column, new LocalizedText(zh, en));
}
