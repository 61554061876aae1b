namespace FormHub.Reports.Admission;

/// <summary>A draft column that reads the same fields as a column of an admitted report and gives the same value in every village.</summary>
public sealed record DuplicateColumn(string Column, string ColumnTitle, string TemplateId, string TemplateTitle, string OtherColumn, string OtherColumnTitle);
