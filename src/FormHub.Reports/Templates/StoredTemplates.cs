using FormHub.Core.Catalog;
using FormHub.Core.Templates;
using FormHub.Core.Text;
using FormHub.Scripting.Compilation;
using FormHub.Storage;
using FormHub.Storage.Templates;

namespace FormHub.Reports.Templates;

/// <summary>
/// The one source of templates: the store's template log (published versions and stops), compiled into the shared
/// <see cref="TemplateLibrary"/>. An empty store is seeded from the shipped form-templates/templates files; after that the
/// files are only read by <c>formhub templates import</c>. Every server compares the store's revision at most every
/// <c>maxAge</c> and reloads when another server (or the CLI) published, so no restart is needed.
/// </summary>
public sealed class StoredTemplates(ITemplateStore store, Func<FieldCatalog> currentCatalog, TemplateLibrary library, string? formTemplates, TimeProvider? clock = null,
    IReadOnlySet<string>? recordRules = null)
{
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;
    private readonly SemaphoreSlim _refresh = new(1, 1);
    private long _checkedAt;

    /// <summary>The library every service shares; this source keeps it current.</summary>
    public TemplateLibrary Library => library;

    /// <summary>The catalog drafts and new versions compile against: the newest the store holds (an admin may have added a field).</summary>
    public FieldCatalog Catalog => currentCatalog();

    /// <summary>The form-templates folder (printed pages and layouts are files under it), if any.</summary>
    public string? FormTemplates => formTemplates;

    /// <summary>
    /// The record rules' ids a new or imported template's <c>records:</c> must name (null: not known, only the shape is
    /// checked). Versions already stored are loaded without it: a rule removed later leaves its checks without names, not
    /// the report out.
    /// </summary>
    public IReadOnlySet<string>? RecordRules => recordRules;

    /// <summary>The name a version has in problems and in an export: <c>id.yaml</c> for version 1, <c>id.vN.yaml</c> after.</summary>
    public static string FileName(string id, int version) => version == 1 ? $"{id}.yaml" : $"{id}.v{version}.yaml";

    /// <summary>
    /// Seeds an empty store from <paramref name="seedDirectory"/> (all or nothing; another server seeding at the same
    /// moment is fine), then loads every version into the library.
    /// </summary>
    /// <exception cref="SourceProblemException">A shipped or stored template does not pass the checker.</exception>
    public async Task LoadAsync(string? seedDirectory, string user, CancellationToken ct = default)
    {
        if (seedDirectory is not null && await store.GetTemplateRevisionAsync(ct) == 0)
        {
            var sources = TemplateLibrary.ReadDirectory(seedDirectory);
            TemplateChecker.CompileAll(sources, Catalog, formTemplates);
            var now = _clock.GetUtcNow();
            var entries = sources.Select(s => TemplateLoader.Load(s.File, s.Yaml) is var t
                ? new TemplateLogEntry(0, t.Id, TemplateLogKind.Published, t.Version, Normalize(s.Yaml), t.EffectiveFrom, user, now, "初始导入 form-templates")
                : null!).ToList();
            try { await store.AppendTemplateLogAsync(entries, 0, ct: ct); }
            catch (TemplateConflictException) { /* another server or the CLI seeded first: load theirs */ }
        }
        await ReloadAsync(ct);
    }

    /// <summary>Reloads when the store's revision differs from the library's, checking the store at most every <paramref name="maxAge"/>.</summary>
    public async Task<bool> RefreshAsync(TimeSpan maxAge, CancellationToken ct = default)
    {
        var now = _clock.GetTimestamp();
        if (now - Interlocked.Read(ref _checkedAt) < maxAge.TotalSeconds * _clock.TimestampFrequency) return false;
        await _refresh.WaitAsync(ct);
        try
        {
            if (_clock.GetTimestamp() - Interlocked.Read(ref _checkedAt) < maxAge.TotalSeconds * _clock.TimestampFrequency) return false;
            var revision = await store.GetTemplateRevisionAsync(ct);
            Interlocked.Exchange(ref _checkedAt, _clock.GetTimestamp());
            if (revision == library.Revision) return false;
            await ReloadLockedAsync(ct);
            return true;
        }
        finally { _refresh.Release(); }
    }

    /// <summary>Reloads now (after this process published).</summary>
    public async Task ReloadAsync(CancellationToken ct = default)
    {
        await _refresh.WaitAsync(ct);
        try { await ReloadLockedAsync(ct); }
        finally { _refresh.Release(); }
    }

    private async Task ReloadLockedAsync(CancellationToken ct)
    {
        var log = await store.ReadTemplateLogAsync(ct);
        var (compiled, stops, broken) = Compile(log);
        library.Replace(compiled, stops, log.Count == 0 ? 0 : log[^1].Seq);
        _broken = broken;
        Interlocked.Exchange(ref _checkedAt, _clock.GetTimestamp());
    }

    private volatile IReadOnlyList<BrokenTemplate> _broken = [];

    /// <summary>
    /// The stored templates left out of the library because a version no longer passes the checker (a catalog change
    /// from before changes were checked under one lock, a printed page removed from disk …), with the checker's problems.
    /// The server starts and runs without them; the admin's template page lists them.
    /// </summary>
    public IReadOnlyList<BrokenTemplate> Broken => _broken;

    private (List<CompiledTemplate> Compiled, Dictionary<string, string> Stops, List<BrokenTemplate> Broken) Compile(IReadOnlyList<TemplateLogEntry> log)
    {
        var published = log.Where(e => e.Kind == TemplateLogKind.Published).ToList();
        var sources = published.Select(e => (FileName(e.TemplateId, e.Version!.Value), e.Yaml!)).ToList();
        // A template with one broken version is left out whole: keeping its older versions would report later periods
        // with the wrong version's columns.
        var (passed, problems) = TemplateChecker.Check(sources, Catalog, formTemplates);
        // Broken = some version did not pass, whatever file its problem names (a printed page's problem names the page).
        var passedVersions = passed.Select(c => (c.Template.Id, c.Template.Version)).ToHashSet();
        var brokenIds = published.Where(e => !passedVersions.Contains((e.TemplateId, e.Version!.Value))).Select(e => e.TemplateId)
            .ToHashSet(StringComparer.Ordinal);
        var templateFiles = sources.Select(x => x.Item1).ToHashSet(StringComparer.Ordinal);
        var broken = brokenIds.Order(StringComparer.Ordinal).Select(id =>
        {
            var own = problems.Where(p => published.Any(e => e.TemplateId == id && FileName(id, e.Version!.Value) == p.File)).ToList();
            return new BrokenTemplate(id, own.Count > 0 ? own : problems.Where(p => !templateFiles.Contains(p.File)).ToList());
        }).ToList();
        var compiled = passed.Where(c => !brokenIds.Contains(c.Template.Id)).ToList();
        var stops = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in log)
        {
            if (entry.Kind == TemplateLogKind.Stopped) stops[entry.TemplateId] = entry.Period!;
            else if (entry.Kind == TemplateLogKind.Resumed) stops.Remove(entry.TemplateId);
        }
        return (compiled, stops, broken);
    }

    /// <summary>The log entries of one template (its versions, who published them, stops), oldest first.</summary>
    public async Task<IReadOnlyList<TemplateLogEntry>> HistoryAsync(string id, CancellationToken ct = default) =>
        (await store.ReadTemplateLogAsync(ct)).Where(e => e.TemplateId == id).ToList();

    /// <summary>The stored YAML of one version, or null.</summary>
    public async Task<string?> YamlAsync(string id, int version, CancellationToken ct = default) =>
        (await store.ReadTemplateLogAsync(ct)).FirstOrDefault(e => e.Kind == TemplateLogKind.Published && e.TemplateId == id && e.Version == version)?.Yaml;

    /// <summary>Writes every published version to <paramref name="directory"/> (<see cref="FileName"/>); returns the files written.</summary>
    public async Task<IReadOnlyList<string>> ExportAsync(string directory, CancellationToken ct = default)
    {
        Directory.CreateDirectory(directory);
        var written = new List<string>();
        foreach (var entry in (await store.ReadTemplateLogAsync(ct)).Where(e => e.Kind == TemplateLogKind.Published))
        {
            var path = Path.Combine(directory, FileName(entry.TemplateId, entry.Version!.Value));
            await File.WriteAllTextAsync(path, entry.Yaml, ct);
            written.Add(path);
        }
        return written;
    }

    /// <summary>
    /// Imports a folder of template files: versions already stored with the same text are skipped, new versions are
    /// published; a stored version whose text differs, or any file failing the checker, refuses the whole import.
    /// </summary>
    /// <returns>The versions published and the number already stored.</returns>
    /// <exception cref="SourceProblemException">Every problem; nothing was written.</exception>
    public async Task<(IReadOnlyList<ReportTemplate> Published, int Unchanged)> ImportAsync(string directory, string user, CancellationToken ct = default)
    {
        var sources = TemplateLibrary.ReadDirectory(directory);
        var catalogVersion = store is ICatalogStore catalogs ? catalogs.CatalogVersion : (long?)null;
        var compiled = TemplateChecker.CompileAll(sources, Catalog, formTemplates, recordRules);
        var revision = await store.GetTemplateRevisionAsync(ct);
        var stored = (await store.ReadTemplateLogAsync(ct)).Where(e => e.Kind == TemplateLogKind.Published)
            .ToDictionary(e => (e.TemplateId, e.Version!.Value));
        var problems = new List<SourceProblem>();
        var fresh = new List<(ReportTemplate Template, string Yaml)>();
        var unchanged = 0;
        foreach (var (template, (file, yaml)) in compiled.Select(c => c.Template).Zip(sources))
        {
            if (!stored.TryGetValue((template.Id, template.Version), out var existing)) fresh.Add((template, Normalize(yaml)));
            else if (existing.Yaml == Normalize(yaml)) unchanged++;
            else problems.Add(new SourceProblem(file, 1, 1, new LocalizedText(
                $"报表“{template.Id}”第{template.Version}版已发布，内容与本文件不同；已发布的版本不能修改，请把 version 加一并写 effective_from",
                $"Template '{template.Id}' version {template.Version} is already published with other content; a published version cannot change: raise the version and give effective_from")));
        }
        foreach (var (template, _) in fresh)
        {
            var latest = stored.Keys.Where(k => k.TemplateId == template.Id).Select(k => k.Item2)
                .Concat(fresh.Where(f => f.Template.Id == template.Id && f.Template.Version < template.Version).Select(f => f.Template.Version)).DefaultIfEmpty(0).Max();
            if (template.Version != latest + 1)
                problems.Add(new SourceProblem(template.SourceFile, 1, 1, new LocalizedText(
                    $"报表“{template.Id}”第{template.Version}版缺少前一版：应为第{latest + 1}版",
                    $"Template '{template.Id}' version {template.Version} skips a version: the next is {latest + 1}")));
        }
        if (problems.Count > 0) throw new SourceProblemException(problems);

        var now = _clock.GetUtcNow();
        var entries = fresh.OrderBy(f => f.Template.Id, StringComparer.Ordinal).ThenBy(f => f.Template.Version)
            .Select(f => new TemplateLogEntry(0, f.Template.Id, TemplateLogKind.Published, f.Template.Version, f.Yaml, f.Template.EffectiveFrom, user, now,
                "formhub templates import")).ToList();
        if (entries.Count > 0)
            await store.AppendTemplateLogAsync(entries, revision, catalogVersion,
                DefinitionsAudit.Entry(now, user, DefinitionsAudit.Imported, string.Join("、", entries.Select(e => e.TemplateId).Distinct()),
                    "formhub templates import：" + string.Join("、", entries.Select(e => $"{e.TemplateId} 第{e.Version}版"))), ct);
        await ReloadAsync(ct);
        return (fresh.Select(f => f.Template).ToList(), unchanged);
    }

    /// <summary>Line ends as \n: the same file checked out on Windows is the same version.</summary>
    public static string Normalize(string yaml) => yaml.Replace("\r\n", "\n");
}
