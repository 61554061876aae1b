using FormHub.Core.Text;
using FormHub.Core.Yaml;

namespace FormHub.Core.Rules;

/// <summary>
/// Loads record rules from YAML, one rule per file (form-templates/rules/*.yaml):
/// <code>
/// id: mz-elderly-unpaid           # required; ^[a-z][a-z0-9-]*$, unique
/// kind: check                     # check (default) | eligibility (免申即享)
/// title: 80周岁及以上老人本月未发放高龄津贴   # required
/// title_en: …                     # optional
/// entity: person                  # required: the entity type the condition runs on
/// department: 民政                 # required: the owning department
/// level: warning                  # error | warning (default) | info (错误/警告/提示)
/// audience: [cadre, reviewer, department]   # default all three
/// include_retired: false          # also run over records retired by the month's end
/// when: record.age >= 80 &amp;&amp; !(record.elderly_allowance_amount > 0)   # required JavaScript
/// receives: record.elderly_allowance_amount > 0   # eligibility rules only: receiving this month
/// message: ${record.name}（${household.name}户）本月未发放高龄津贴   # required; a template literal's text
/// fields: [age, elderly_allowance_amount]        # optional: the record's fields at fault, shown beside the message
/// </code>
/// Every problem in every file is collected with file, line and column; any problem means no rules.
/// </summary>
public static class RuleLoader
{
    public static RecordRule Load(string file, string yaml) => Load([(file, yaml)])[0];

    /// <summary>Every *.yaml / *.yml file of a directory in file-name order; a missing directory means no rules.</summary>
    public static IReadOnlyList<RecordRule> LoadDirectory(string directory) => Load(FilesIn(directory).Select(f => (f, File.ReadAllText(f))));

    /// <summary>The rule files of a directory (*.yaml, *.yml), in file-name order; none when it does not exist.</summary>
    public static IReadOnlyList<string> FilesIn(string directory) =>
        !Directory.Exists(directory) ? []
        : Directory.EnumerateFiles(directory)
            .Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
            .OrderBy(f => Path.GetFileName(f), StringComparer.Ordinal)
            .ToList();

    /// <exception cref="SourceProblemException">With every problem in every source, including an id defined twice.</exception>
    public static IReadOnlyList<RecordRule> Load(IEnumerable<(string File, string Yaml)> sources)
    {
        var problems = new List<SourceProblem>();
        var results = new List<RuleFileReader.Result>();
        foreach (var (file, yaml) in sources)
        {
            var root = YamlDocumentReader.Parse(file, yaml, problems,
                new LocalizedText("文件为空，应定义一条规则（id、title、entity、department、when、message）",
                    "The file is empty; it must define one rule (id, title, entity, department, when, message)"),
                new LocalizedText("一个文件只能定义一条规则，请删除“---”并把第二条放到单独的文件中",
                    "A file defines exactly one rule; remove the '---' and move the second rule to its own file"),
                _ => null);
            if (root is not null) results.Add(new RuleFileReader(file, yaml, problems).Read(root));
        }
        var seen = new Dictionary<string, RuleFileReader.Result>();
        foreach (var result in results)
        {
            if (result.Id is not { } id) continue;
            if (seen.TryGetValue(id, out var first))
                problems.Add(YamlDocumentReader.Problem(result.File, result.IdMark,
                    $"规则“{id}”重复定义，已在 {first.File} 第{first.IdMark.Line}行定义",
                    $"Rule '{id}' is defined twice; it is already defined in {first.File} line {first.IdMark.Line}"));
            else seen[id] = result;
        }
        if (problems.Count > 0) throw new SourceProblemException(problems);
        return results.Select(r => r.Rule!).ToList();
    }
}
