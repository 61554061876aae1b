using FormHub.Core.OrgUnits;
using FormHub.Core.Periods;

namespace FormHub.Core.Templates;

/// <summary>
/// A department's report form as a scripted template: every cell is derived from stored facts, nobody types it.
/// Loaded from form-templates/templates/*.yaml by <see cref="TemplateLoader"/>.
/// </summary>
public sealed record ReportTemplate
{
    public required string Id { get; init; }
    public required int Version { get; init; }
    public required string Title { get; init; }
    public string? TitleEn { get; init; }
    /// <summary>
    /// 表号: the department's official form number printed in the header (e.g. 民统1表); null when the department has
    /// none, and the header then names the template id and version instead.
    /// </summary>
    public string? FormNumber { get; init; }
    /// <summary>The department that receives the report, e.g. 民政.</summary>
    public required string Department { get; init; }
    public required PeriodType Period { get; init; }
    /// <summary>Days after the period's end by which villages must submit (from an ISO 8601 duration such as P10D).</summary>
    public int DueDays { get; init; } = 10;
    /// <summary>The level whose units get one row each; rows are rolled up from there (village today).</summary>
    public OrgLevel Rows { get; init; } = OrgLevel.Village;
    /// <summary>First period this version is in force for; earlier periods keep the version that was in force then.</summary>
    public string? EffectiveFrom { get; init; }
    public required IReadOnlyList<TemplateColumn> Columns { get; init; }
    public IReadOnlyList<TemplateCheck> Checks { get; init; } = [];
    /// <summary>Scriban text, e.g. 截至{{ period.end }}，{{ unit.name }}共有低保户{{ row.hh }}户。</summary>
    public string? Narrative { get; init; }
    /// <summary>The narrative with where it stands in the file, so Scriban's line:column map back to it.</summary>
    public TemplateExpression? NarrativeSource { get; init; }
    /// <summary>Optional official Excel layout, relative to form-templates/.</summary>
    public string? Excel { get; init; }
    /// <summary>Optional Scriban page template for the printed report (PDF), relative to form-templates/; default print/default.html.scriban.</summary>
    public string? Print { get; init; }
    public string SourceFile { get; init; } = "";

    public DateOnly DueDate(Period period) => period.End.AddDays(DueDays);

    public TemplateColumn? FindColumn(string id) => Columns.FirstOrDefault(c => c.Id == id);
}
