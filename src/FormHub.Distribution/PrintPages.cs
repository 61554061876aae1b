using System.Collections.Concurrent;
using FormHub.Core.Templates;
using FormHub.Exports.Html;
using FormHub.Reports;

namespace FormHub.Distribution;

/// <summary>
/// The printed-page templates named by report templates (<c>print:</c>, a path under form-templates/), each parsed and
/// checked once — all of them when the server starts, so a broken page stops the start with its file:line:column
/// instead of failing a department's PDF later.
/// </summary>
public sealed class PrintPages
{
    private readonly ConcurrentDictionary<string, PrintPage> _pages = new(StringComparer.Ordinal);
    private readonly string _root;

    /// <param name="templatesDirectory">The form-templates folder that <c>print:</c> paths are relative to.</param>
    /// <param name="library">Every template version; the pages they name are loaded and checked now.</param>
    public PrintPages(string templatesDirectory, TemplateLibrary library)
    {
        _root = templatesDirectory;
        foreach (var template in library.AllVersions.Select(t => t.Template).Where(t => t.Print is not null)) For(template);
    }

    /// <summary>The template's own page, or null for FormHub's default.</summary>
    public PrintPage? For(ReportTemplate template) =>
        template.Print is { } path ? _pages.GetOrAdd(path, p => PrintPage.Load(Path.Combine(_root, p))) : null;
}
