namespace FormHub.Storage.Marten.Documents;

/// <summary>One materialized report row; its id joins template, template version, period and unit (see <see cref="KeyOf"/>).</summary>
public sealed record ReportRowDocument(
    string Id, string TemplateId, int TemplateVersion, string Period, string UnitCode, int Level, string Payload, DateTimeOffset ComputedAt)
{
    public static string KeyOf(string templateId, int version, string period, string unitCode) => $"{templateId}|{version}|{period}|{unitCode}";
}
