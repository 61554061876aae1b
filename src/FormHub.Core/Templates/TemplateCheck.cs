namespace FormHub.Core.Templates;

/// <summary>A rule every row (and rolled-up row) must satisfy, e.g. <c>row.persons &gt;= row.hh</c>.</summary>
public sealed record TemplateCheck
{
    public required TemplateExpression Rule { get; init; }
    public CheckLevel Level { get; init; } = CheckLevel.Error;
    public required string Message { get; init; }
    /// <summary>The message in English (<c>message_en</c>), shown when English is chosen; null: the Chinese one is shown.</summary>
    public string? MessageEn { get; init; }
    public SourceSpan Span { get; init; } = SourceSpan.None;
}
