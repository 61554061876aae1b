using FormHub.Core.Text;

namespace FormHub.Filing.Rosters;

/// <summary>
/// 未通过校验: records with an open finding of one rule (<c>check=RULE-ID</c>), or of any check (<c>check=any</c>), in the
/// roster's month. Built with the findings already read (<see cref="RosterFindings"/>), so matching is a lookup.
/// </summary>
public sealed record FailingCheckCriterion(string Value, string? RuleId, RosterFindings Findings, LocalizedText Label)
    : RosterCriterion(RosterCriteria.CheckKey, Value)
{
    public override bool Matches(RosterRecord record) => Findings.Fails(record.Document.Id, RuleId);

    public override LocalizedText Describe() => Label;
}
