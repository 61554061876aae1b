using FormHub.Core.Templates;

namespace FormHub.Core.Rules;

/// <summary>
/// A record-level rule (form-templates/rules/*.yaml): a condition over one record of <see cref="EntityType"/> (with its
/// household, its village and its retirement), and a message naming the record when the condition holds. Loaded by
/// <see cref="RuleLoader"/>; compiled and evaluated in the same sandbox as report templates.
/// </summary>
public sealed record RecordRule
{
    /// <summary>^[a-z][a-z0-9-]*$, unique among rules.</summary>
    public required string Id { get; init; }
    public required string Title { get; init; }
    public string? TitleEn { get; init; }
    public RuleKind Kind { get; init; } = RuleKind.Check;
    /// <summary>The entity type each record of which the condition runs on: person, household …</summary>
    public required string EntityType { get; init; }
    /// <summary>The department that owns the rule (数源部门 of the benefit or check), e.g. 民政; its users see the findings.</summary>
    public required string Department { get; init; }
    public FindingLevel Level { get; init; } = FindingLevel.Warning;
    public RuleAudience Audience { get; init; } = RuleAudience.Cadre | RuleAudience.Reviewer | RuleAudience.Department;
    /// <summary>Also run over records retired by the month's end (a person retired as dead who was still paid).</summary>
    public bool IncludeRetired { get; init; }
    /// <summary>JavaScript giving true when the record is at fault (or, for an eligibility rule, eligible).</summary>
    public required TemplateExpression When { get; init; }
    /// <summary>
    /// For an eligibility rule: JavaScript giving true when the record receives the benefit this month; eligible and not
    /// receiving is 应享未享, receiving and not eligible 不应享仍享. Null for checks.
    /// </summary>
    public TemplateExpression? Receives { get; init; }
    /// <summary>The message as a JavaScript template literal's text: <c>${record.name}（${household.name}户）…</c>.</summary>
    public required TemplateExpression Message { get; init; }
    /// <summary>
    /// The same message in English (<c>message_en</c>), evaluated like <see cref="Message"/> and shown when English is chosen;
    /// null: the Chinese one is shown.
    /// </summary>
    public TemplateExpression? MessageEn { get; init; }
    /// <summary>The record's fields at fault, shown beside the message (masked for the viewer like any field).</summary>
    public IReadOnlyList<string> Fields { get; init; } = [];
    /// <summary>Set for a rule comparing records across the county's villages (<c>across:</c>); null for a rule within a village.</summary>
    public AcrossVillages? Across { get; init; }
    public string SourceFile { get; init; } = "";
}
