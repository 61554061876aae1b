using System.Reflection;
using FormHub.Core.Text;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace FormHub.Exports.Html;

/// <summary>
/// The Scriban template a printed report page is made from. FormHub ships <c>form-templates/print/default.html.scriban</c>
/// (embedded here as <see cref="Default"/>); a report template may name its own with <c>print:</c>, so a department's
/// printed form can follow its official look without code. Output is HTML-escaped by default
/// (<see cref="HtmlTemplateContext"/>). Parsed once; safe to share between threads.
/// </summary>
public sealed class PrintPage
{
    /// <summary>Rows one page may loop over in all: far more than a county (the page template is an admin's, not a cadre's).</summary>
    private const int LoopLimit = 10_000_000;

    private static readonly ScriptObject Builtins = CreateBuiltins();
    private readonly Template _template;

    private PrintPage(Template template, string file)
    {
        _template = template;
        File = file;
    }

    /// <summary>Where the page template came from (for messages).</summary>
    public string File { get; }

    /// <summary>FormHub's own page, <c>form-templates/print/default.html.scriban</c>, compiled into this assembly.</summary>
    public static PrintPage Default { get; } = LoadDefault();

    /// <summary>Parses a page template; every syntax error, and every unknown name met when rendering a sample report, with file:line:column.</summary>
    public static PrintPage Parse(string text, string file)
    {
        var template = Template.Parse(text, file);
        if (template.HasErrors)
        {
            throw new SourceProblemException(template.Messages.Where(m => m.Type == ParserMessageType.Error).Take(1)
                .Select(m => Problem(file, m.Span, $"打印页面模板的写法有误：{m.Message}", $"The print page template is malformed: {m.Message}")).ToList());
        }
        var page = new PrintPage(template, file);
        try
        {
            using var sink = new StringWriter();
            page.Render(PrintPageModel.Sample, sink, strict: true);
        }
        catch (ScriptRuntimeException e)
        {
            throw new SourceProblemException([Problem(file, e.Span, $"打印页面模板：{e.OriginalMessage}（可用的名称见 print/default.html.scriban 开头的注释）",
                $"The print page template: {e.OriginalMessage}")]);
        }
        return page;
    }

    /// <summary>Reads and parses a page template file.</summary>
    public static PrintPage Load(string path) => Parse(System.IO.File.ReadAllText(path), path);

    /// <summary>Writes the report as a self-contained HTML document, enumerating <see cref="ReportTable.Rows"/> once.</summary>
    public void Render(ReportTable table, TextWriter output, bool strict = false)
    {
        var context = new HtmlTemplateContext(Builtins)
        {
            StrictVariables = strict,
            EnableRelaxedMemberAccess = !strict,
            LoopLimit = LoopLimit,
            RecursiveLimit = 50,
            LimitToString = 0,
        };
        context.PushGlobal(PrintPageModel.For(table));
        context.PushOutput(new TextWriterOutput(output));
        _template.Render(context);
    }

    private static SourceProblem Problem(string file, Scriban.Parsing.SourceSpan span, string zh, string en) =>
        new(file, span.Start.Line + 1, span.Start.Column + 1, new LocalizedText(zh, en));

    private static ScriptObject CreateBuiltins()
    {
        var builtins = new Scriban.Functions.BuiltinFunctions();
        builtins.IsReadOnly = true;
        return builtins;
    }

    private static PrintPage LoadDefault()
    {
        using var stream = typeof(PrintPage).Assembly.GetManifestResourceStream("FormHub.Exports.Html.default.html.scriban")
            ?? throw new InvalidOperationException("the default print page is not embedded");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd(), "form-templates/print/default.html.scriban");
    }
}
