using FormHub.Core.Rules;
using FormHub.Core.Templates;
using FormHub.Core.Text;

namespace FormHub.Reports.Templates;

/// <summary>
/// A check's <c>records:</c> must name a record rule that exists (form-templates/rules/): the reader only sees that it is
/// shaped like an id, so a misspelt one would load, publish and then list nobody under the failing check. Reported at the
/// id's line and column, with the nearest existing id.
/// </summary>
public static class RecordRuleReferences
{
    /// <summary>
    /// The ids of the record rules in a rules folder (form-templates/rules/), or null when they do not load: their own
    /// problems are <c>formhub rules check</c>'s to report, and a template cannot be judged against rules that do not load.
    /// </summary>
    public static IReadOnlySet<string>? IdsIn(string rulesDirectory)
    {
        try
        {
            return RuleLoader.LoadDirectory(rulesDirectory).Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        }
        catch (SourceProblemException)
        {
            return null;
        }
    }

    /// <summary>The ids of a rule book's rules.</summary>
    public static IReadOnlySet<string> IdsOf(RuleBook rules) => rules.Rules.Select(r => r.Rule.Id).ToHashSet(StringComparer.Ordinal);

    public static IEnumerable<SourceProblem> Check(ReportTemplate template, IReadOnlySet<string> ruleIds)
    {
        foreach (var check in template.Checks)
        {
            if (check.Records is not { } id || ruleIds.Contains(id)) continue;
            var (zh, en) = DidYouMean.Suffix(id, ruleIds);
            var at = check.RecordsSpan;
            yield return new SourceProblem(at.File, at.Line, at.Column, new LocalizedText(
                ruleIds.Count == 0
                    ? $"records 指向的记录级规则“{id}”不存在：没有任何记录级规则（form-templates/rules/）"
                    : $"records 指向的记录级规则“{id}”不存在{zh}",
                ruleIds.Count == 0
                    ? $"records names a record rule '{id}' that does not exist: there are no record rules (form-templates/rules/)"
                    : $"records names a record rule '{id}' that does not exist{en}"));
        }
    }
}
