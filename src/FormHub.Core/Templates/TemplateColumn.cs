namespace FormHub.Core.Templates;

/// <summary>One column of a report: a title as printed on the form and the expression that derives it.</summary>
public sealed record TemplateColumn
{
    /// <summary>Identifier used by other expressions as <c>row.id</c>; ^[a-z][a-z0-9_]*$.</summary>
    public required string Id { get; init; }
    public required string Title { get; init; }
    public string? TitleEn { get; init; }
    /// <summary>Unit as printed in the header, e.g. 户, 人, 元.</summary>
    public string? Unit { get; init; }
    public required TemplateExpression Value { get; init; }
    public RollupRule Rollup { get; init; } = RollupRule.Sum;
    /// <summary>Decimal places shown (null: integers as integers, other numbers with 2).</summary>
    public int? Digits { get; init; }
    /// <summary>Optional multi-row header group this column sits under, e.g. "其中".</summary>
    public string? Group { get; init; }
    /// <summary>Outlier detection for the column's numeric values (on by default; <c>outlier: off</c> turns it off).</summary>
    public OutlierSettings Outlier { get; init; } = OutlierSettings.Default;
    public SourceSpan Span { get; init; } = SourceSpan.None;
}
