using FormHub.Core.OrgUnits;
using FormHub.Core.Text;
using FormHub.Scripting;

namespace FormHub.Reports;

/// <summary>
/// A derived report row as readers see it: values by column id, the reason for every cell that could not be derived,
/// the checks, and the narrative text.
/// </summary>
public sealed record ReportRow(
    string TemplateId,
    int Version,
    string Period,
    string UnitCode,
    OrgLevel Level,
    IReadOnlyDictionary<string, object?> Values,
    IReadOnlyDictionary<string, LocalizedText> CellErrors,
    IReadOnlyList<CheckOutcome> Checks,
    string? Narrative,
    DateTimeOffset ComputedAt)
{
    public object? this[string column] => Values.GetValueOrDefault(column);
}
