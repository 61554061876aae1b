using FormHub.Core.Catalog;
using FormHub.Core.Rules;
using FormHub.Scripting.Compilation;

namespace FormHub.Reports;

/// <summary>
/// Every record rule (form-templates/rules/), checked and compiled once: the checks (智能校验) and the eligibility rules
/// (免申即享). A missing rules folder is an empty book.
/// </summary>
public sealed class RuleBook(IEnumerable<CompiledRule> rules)
{
    public static readonly RuleBook Empty = new([]);

    /// <summary>The rules by id, in id order.</summary>
    public IReadOnlyList<CompiledRule> Rules { get; } = rules.OrderBy(r => r.Rule.Id, StringComparer.Ordinal).ToList();

    /// <summary>Loads and compiles every rule file of a directory; every problem of every file is reported together.</summary>
    /// <exception cref="FormHub.Core.Text.SourceProblemException">With every problem found.</exception>
    public static RuleBook LoadDirectory(string directory, FieldCatalog catalog) =>
        new(new RuleCompiler(catalog).CompileAll(RuleLoader.LoadDirectory(directory)));

    public CompiledRule? Find(string id) => Rules.FirstOrDefault(r => r.Rule.Id == id);
}
