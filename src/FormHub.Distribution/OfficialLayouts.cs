using FormHub.Reports;
using FormHub.Storage;

namespace FormHub.Distribution;

/// <summary>
/// The department's official layout of a report (an .xlsx with placeholders): the one an admin uploaded, else the one
/// shipped with the template under form-templates (<c>excel:</c>), else none.
/// </summary>
public sealed class OfficialLayouts(IFormHubStore store, TemplateLibrary library, string templatesDirectory)
{
    /// <summary>The layout shipped with a template (a path under form-templates), if any.</summary>
    public string? Shipped(string templateId) => library.Versions(templateId) is [.., var latest] ? latest.Template.Excel : null;

    public async Task<byte[]?> FindAsync(string templateId, CancellationToken ct)
    {
        if ((await store.GetLayoutAsync(templateId, ct))?.Content is { } uploaded) return uploaded;
        if (Shipped(templateId) is not { } shipped) return null;
        var path = Path.Combine(templatesDirectory, shipped);
        return File.Exists(path) ? await File.ReadAllBytesAsync(path, ct) : null;
    }
}
