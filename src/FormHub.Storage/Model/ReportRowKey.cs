namespace FormHub.Storage.Model;

/// <summary>Which report row: a template version's row of one unit for one period.</summary>
public sealed record ReportRowKey(string TemplateId, int Version, string Period, string UnitCode)
{
    /// <summary>One text naming the row, the same in every process (what the row holds lock on).</summary>
    public string Text => $"{TemplateId}|{Version}|{Period}|{UnitCode}";
}
