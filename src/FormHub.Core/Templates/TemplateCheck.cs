namespace FormHub.Core.Templates;

/// <summary>A rule every row (and rolled-up row) must satisfy, e.g. <c>row.persons &gt;= row.hh</c>.</summary>
public sealed record TemplateCheck
{
    public required TemplateExpression Rule { get; init; }
    public CheckLevel Level { get; init; } = CheckLevel.Error;
    public required string Message { get; init; }
    /// <summary>The message in English (<c>message_en</c>), shown when English is chosen; null: the Chinese one is shown.</summary>
    public string? MessageEn { get; init; }
    /// <summary>
    /// The record rule whose findings name the records this check concerns (<c>records</c>, e.g. <c>mz-elderly-unpaid</c>): a
    /// failing check then lists them (name, household, the value at fault) with a link to each record. Null: a check of figures.
    /// </summary>
    public string? Records { get; init; }
    /// <summary>Where <see cref="Records"/> is written: an id no record rule has is reported there.</summary>
    public SourceSpan RecordsSpan { get; init; } = SourceSpan.None;
    /// <summary>For an eligibility rule's list, which side of it (<c>records_gap</c>: 应享未享 or 不应享仍享); null: all its records.</summary>
    public string? RecordsGap { get; init; }
    public SourceSpan Span { get; init; } = SourceSpan.None;
}
