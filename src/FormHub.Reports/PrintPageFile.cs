using FormHub.Core.Templates;
using FormHub.Core.Text;
using Scriban;
using Scriban.Parsing;

namespace FormHub.Reports;

/// <summary>
/// Checks a report template's <c>print:</c> page template where templates are checked (<c>formhub template check</c>,
/// the library at start-up): the file must exist under form-templates/ and parse as Scriban. The names it reads are
/// checked strictly when the server loads it (FormHub.Exports' PrintPage, which owns the page's model).
/// </summary>
public static class PrintPageFile
{
    public static IReadOnlyList<SourceProblem> Check(ReportTemplate template, string formTemplatesRoot)
    {
        if (template.Print is not { } relative) return [];
        var path = Path.Combine(formTemplatesRoot, relative);
        if (!File.Exists(path))
        {
            var line = KeyLine(template.SourceFile);
            return [new SourceProblem(template.SourceFile, line, line > 0 ? 1 : 0, new LocalizedText(
                $"print 指向的打印页面模板“{relative}”不存在（应在 {formTemplatesRoot} 下；可复制 print/default.html.scriban 修改）",
                $"The print page template '{relative}' does not exist under {formTemplatesRoot} (copy print/default.html.scriban to start one)"))];
        }
        var parsed = Template.Parse(File.ReadAllText(path), path);
        return parsed.Messages.Where(m => m.Type == ParserMessageType.Error).Take(1)
            .Select(m => new SourceProblem(path, m.Span.Start.Line + 1, m.Span.Start.Column + 1, new LocalizedText(
                $"打印页面模板的写法有误：{m.Message}", $"The print page template is malformed: {m.Message}")))
            .ToList();
    }

    private static int KeyLine(string file)
    {
        if (!File.Exists(file)) return 0;
        var lines = File.ReadAllLines(file);
        var i = Array.FindIndex(lines, l => l.StartsWith("print:", StringComparison.Ordinal));
        return i + 1;
    }
}
