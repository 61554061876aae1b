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
    private readonly Dictionary<string, List<CompiledTemplate>> _versions;

    public TemplateLibrary(IEnumerable<CompiledTemplate> templates)
    {
        _versions = templates.GroupBy(t => t.Template.Id)
            .ToDictionary(g => g.Key, g => g.OrderBy(t => t.Template.Version).ToList());
    }

    /// <summary>Loads, compiles and checks the narrative and printed page of every template under a directory (form-templates/templates); all problems of all files are reported together.</summary>
    public static TemplateLibrary LoadDirectory(string directory, FieldCatalog catalog)
    {
        var templates = TemplateLoader.LoadDirectory(directory);
        var compiler = new TemplateCompiler(catalog);
        var narratives = new NarrativeRenderer();
        var problems = new List<SourceProblem>();
        var compiled = new List<CompiledTemplate>();
        foreach (var template in templates)
        {
            // A broken narrative would otherwise only show when a rebuild renders it.
            problems.AddRange(narratives.Check(template));
            problems.AddRange(PrintPageFile.Check(template, Path.GetDirectoryName(Path.GetFullPath(directory))!));
            try { compiled.Add(compiler.Compile(template)); }
            catch (SourceProblemException e) { problems.AddRange(e.Problems); }
        }
        if (problems.Count > 0) throw new SourceProblemException(problems);
        return new TemplateLibrary(compiled);
    }

    public IEnumerable<string> Ids => _versions.Keys.Order();

    /// <summary>
    /// Changes whenever a template or the derivation code does: a hash of every template as loaded and of this build of
    /// the reports code. A change set aside under another version is worth deriving again.
    /// </summary>
    public string Version => _version ??= ComputeVersion();

    private string? _version;

    private string ComputeVersion()
    {
        var text = new System.Text.StringBuilder(typeof(TemplateLibrary).Assembly.ManifestModule.ModuleVersionId.ToString());
        foreach (var template in AllVersions.OrderBy(t => t.Template.Id, StringComparer.Ordinal).ThenBy(t => t.Template.Version))
            text.Append('\n').Append(System.Text.Json.JsonSerializer.Serialize(template.Template));
        return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text.ToString())))[..16];
    }

    public IEnumerable<CompiledTemplate> AllVersions => _versions.Values.SelectMany(v => v);

    public IReadOnlyList<CompiledTemplate> Versions(string id) => _versions.GetValueOrDefault(id) ?? [];

    /// <summary>The version in force for a period, or null if the template has none for it (or reports another period type).</summary>
    public CompiledTemplate? InForce(string id, Period period) =>
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
