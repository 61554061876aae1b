using FormHub.Core.Rules;
using FormHub.Reports;

namespace FormHub.Filing.Rosters;

/// <summary>
/// The open findings of record rules (智能校验) in one village and month that the viewer is shown (<see cref="FindingBoard"/>
/// decides which rules), by record: what the roster's 未通过校验 filter and its sort by number of problems read.
/// </summary>
public sealed class RosterFindings
{
    private readonly ILookup<Guid, FindingEntry> _byRecord;

    public RosterFindings(IReadOnlyList<RecordRule> rules, IReadOnlyList<FindingEntry> open)
    {
        Rules = rules;
        _byRecord = open.ToLookup(e => e.Finding.EntityId);
    }

    /// <summary>The rules the viewer may filter by (those shown to them, findings or not).</summary>
    public IReadOnlyList<RecordRule> Rules { get; }

    /// <summary>Whether the record fails <paramref name="ruleId"/>, or with null any check (智能校验, not an eligibility list).</summary>
    public bool Fails(Guid record, string? ruleId) =>
        _byRecord[record].Any(e => ruleId is null ? e.Rule.Kind == RuleKind.Check : e.Rule.Id == ruleId);

    /// <summary>How many checks the record fails.</summary>
    public int CountFor(Guid record) => _byRecord[record].Count(e => e.Rule.Kind == RuleKind.Check);
}
