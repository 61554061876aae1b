using FormHub.Core.Catalog;
using FormHub.Core.Templates;
using FormHub.Core.Text;
using FormHub.Scripting.Compilation;

namespace FormHub.Reports.Templates;

/// <summary>
/// The one template checker: <c>formhub template check</c>, the editor's problems as the admin types, publishing,
/// <c>formhub templates import</c> and the start-up load all use it. YAML and keys, expression syntax, the fields read,
/// column references and cycles, the narrative and the printed page; every problem with file, line and column.
/// </summary>
public static class TemplateChecker
{
    /// <summary>
    /// Loads the sources together (so an id and version defined twice is found), then compiles each that loaded cleanly and
    /// checks its narrative and printed page. Returns the templates that passed and every problem, in source order.
    /// <c>formTemplates</c> is the folder that <c>print:</c> paths are relative to. With <paramref name="recordRules"/> (the
    /// ids of the record rules in force) a check's <c>records:</c> must name one of them; without, only its shape is checked.
    /// </summary>
    public static (List<CompiledTemplate> Passed, List<SourceProblem> Problems) Check(IReadOnlyList<(string File, string Yaml)> sources,
        FieldCatalog catalog, string? formTemplates, IReadOnlySet<string>? recordRules = null)
    {
        var problems = new List<SourceProblem>();
        try
        {
            TemplateLoader.Load(sources);
        }
        catch (SourceProblemException e)
        {
            problems.AddRange(e.Problems);
        }

        // Structure first: a source's expressions are checked once the source itself loads.
        var compiler = new TemplateCompiler(catalog);
        var narratives = new NarrativeRenderer();
        var passed = new List<CompiledTemplate>();
        foreach (var (file, yaml) in sources.Where(s => !problems.Any(p => p.File == s.File)))
        {
            ReportTemplate template;
            try
            {
                template = TemplateLoader.Load(file, yaml);
            }
            catch (SourceProblemException e)
            {
                problems.AddRange(e.Problems);
                continue;
            }

            var found = new List<SourceProblem>();
            CompiledTemplate? compiled = null;
            try
            {
                compiled = compiler.Compile(template);
            }
            catch (SourceProblemException e)
            {
                found.AddRange(e.Problems);
            }
            found.AddRange(narratives.Check(template));
            if (formTemplates is not null) found.AddRange(PrintPageFile.Check(template, formTemplates));
            if (recordRules is not null) found.AddRange(RecordRuleReferences.Check(template, recordRules));
            problems.AddRange(found);
            if (compiled is not null && found.Count == 0) passed.Add(compiled);
        }

        var order = sources.Select(s => s.File).Distinct().Select((f, i) => (f, i)).ToDictionary(x => x.f, x => x.i);
        var sorted = problems.Distinct()
            .OrderBy(p => order.GetValueOrDefault(p.File, int.MaxValue)).ThenBy(p => p.Line).ThenBy(p => p.Column)
            .ToList();
        return (passed, sorted);
    }

    /// <summary>Checks and compiles, or throws with every problem.</summary>
    /// <exception cref="SourceProblemException">With every problem found.</exception>
    public static List<CompiledTemplate> CompileAll(IReadOnlyList<(string File, string Yaml)> sources, FieldCatalog catalog, string? formTemplates,
        IReadOnlySet<string>? recordRules = null)
    {
        var (passed, problems) = Check(sources, catalog, formTemplates, recordRules);
        if (problems.Count > 0) throw new SourceProblemException(problems);
        return passed;
    }
}
