using FormHub.Core.Catalog;
using FormHub.Core.Periods;
using FormHub.Core.Templates;
using FormHub.Core.Text;
using FormHub.Scripting.Compilation;

namespace FormHub.Reports;

/// <summary>
/// Every published template version, checked and compiled once. A period is reported with the version in force for
/// it: the highest version whose <c>effective_from</c> is not after the period, so publishing a new version never
/// rewrites earlier periods.
/// </summary>
public sealed class TemplateLibrary
{
    /// <summary>One consistent set of versions and stops; replaced whole, so a reader never sees half of a refresh.</summary>
    private sealed record Contents(Dictionary<string, List<CompiledTemplate>> Versions, IReadOnlyDictionary<string, string> Stops, long Revision)
    {
        public string? Hash;

        /// <summary>The ids in order, sorted once: the live materializer asks for them for every change it applies.</summary>
        public IReadOnlyList<string> Ids { get; } = Versions.Keys.Order().ToList();
    }

    private volatile Contents _contents;

    public TemplateLibrary(IEnumerable<CompiledTemplate> templates) => _contents = Build(templates, new Dictionary<string, string>(), 0);

    private static Contents Build(IEnumerable<CompiledTemplate> templates, IReadOnlyDictionary<string, string> stops, long revision) =>
        new(templates.GroupBy(t => t.Template.Id).ToDictionary(g => g.Key, g => g.OrderBy(t => t.Template.Version).ToList()),
            new Dictionary<string, string>(stops, StringComparer.Ordinal), revision);

    private Dictionary<string, List<CompiledTemplate>> VersionsById => _contents.Versions;

    /// <summary>
    /// Replaces every version and stop at once (templates published in the store by this or another server). Every
    /// service holding this library sees the new versions from its next call.
    /// <c>stops</c>: 停报, template id → the first period no longer filed; <c>revision</c>: the store's template revision.
    /// </summary>
    public void Replace(IEnumerable<CompiledTemplate> templates, IReadOnlyDictionary<string, string> stops, long revision) =>
        _contents = Build(templates, stops, revision);

    /// <summary>The store's template revision the library holds (0 when loaded from files).</summary>
    public long Revision => _contents.Revision;

    /// <summary>停报: the first period a template is no longer filed, or null.</summary>
    public string? StoppedFrom(string id) => _contents.Stops.GetValueOrDefault(id);

    /// <summary>Loads, compiles and checks the narrative and printed page of every template under a directory (form-templates/templates); all problems of all files are reported together.</summary>
    public static TemplateLibrary LoadDirectory(string directory, FieldCatalog catalog) =>
        new(Templates.TemplateChecker.CompileAll(ReadDirectory(directory), catalog, Path.GetDirectoryName(Path.GetFullPath(directory))!));

    /// <summary>The template files of a directory (*.yaml, *.yml, not its subdirectories) as (file, text), in file-name order.</summary>
    /// <exception cref="SourceProblemException">When the directory does not exist.</exception>
    public static IReadOnlyList<(string File, string Yaml)> ReadDirectory(string directory)
    {
        if (!Directory.Exists(directory))
            throw new SourceProblemException([new SourceProblem(directory, 0, 0,
                new LocalizedText($"报表模板文件夹“{directory}”不存在", $"The template directory '{directory}' does not exist"))]);
        return Directory.EnumerateFiles(directory)
            .Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
            .OrderBy(f => Path.GetFileName(f), StringComparer.Ordinal)
            .Select(f => (f, File.ReadAllText(f)))
            .ToList();
    }

    public IEnumerable<string> Ids => _contents.Ids;

    /// <summary>
    /// Changes whenever a template or the derivation code does: a hash of every template as loaded and of this build of
    /// the reports code. A change set aside under another version is worth deriving again.
    /// </summary>
    public string Version
    {
        get
        {
            var contents = _contents;
            return contents.Hash ??= ComputeVersion(contents);
        }
    }

    private static string ComputeVersion(Contents contents)
    {
        var text = new System.Text.StringBuilder(typeof(TemplateLibrary).Assembly.ManifestModule.ModuleVersionId.ToString());
        foreach (var (id, from) in contents.Stops.OrderBy(s => s.Key, StringComparer.Ordinal)) text.Append('\n').Append(id).Append(" stop ").Append(from);
        foreach (var template in contents.Versions.Values.SelectMany(v => v).OrderBy(t => t.Template.Id, StringComparer.Ordinal).ThenBy(t => t.Template.Version))
            text.Append('\n').Append(System.Text.Json.JsonSerializer.Serialize(template.Template));
        return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text.ToString())))[..16];
    }

    public IEnumerable<CompiledTemplate> AllVersions => VersionsById.Values.SelectMany(v => v);

    public IReadOnlyList<CompiledTemplate> Versions(string id) => VersionsById.GetValueOrDefault(id) ?? [];

    /// <summary>The version in force for a period, or null if the template has none for it, reports another period type or is stopped (停报) by then.</summary>
    public CompiledTemplate? InForce(string id, Period period) =>
        StoppedFrom(id) is { } stop && string.CompareOrdinal(stop, period.Key) <= 0 ? null :
        Versions(id)
            .Where(t => t.Template.Period == period.Type
                        && (t.Template.EffectiveFrom is null || string.CompareOrdinal(t.Template.EffectiveFrom, period.Key) <= 0))
            .LastOrDefault();

    /// <summary>Each template's version in force for its own period (month, quarter or year) containing <paramref name="day"/>.</summary>
    public IEnumerable<(CompiledTemplate Template, Period Period)> InForceOn(DateOnly day)
    {
        foreach (var id in Ids)
        {
            var period = Period.Containing(day, Versions(id)[^1].Template.Period);
            if (InForce(id, period) is { } template) yield return (template, period);
        }
    }

    /// <summary>
    /// The reports filed in a period: every report whose own period ends within it (for 2026-12: December's monthly
    /// reports, the fourth quarter's and the year's; for 2026Q4: three months of monthly reports and the quarter's).
    /// </summary>
    public IEnumerable<(CompiledTemplate Template, Period Period)> FiledIn(Period period)
    {
        foreach (var id in Ids)
        {
            var type = Versions(id)[^1].Template.Period;
            for (var p = Period.Containing(period.Start, type); p.End <= period.End; p = Period.Containing(p.End.AddDays(1), type))
            {
                if (InForce(id, p) is { } template) yield return (template, p);
            }
        }
    }
}
