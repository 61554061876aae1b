using FormHub.Core.Templates;

namespace FormHub.Filing;

/// <summary>
/// One template check on a village's period as the form and the reviewer show it, in Chinese and (where the template gives
/// it) English; <see cref="Records"/> and <see cref="RecordsGap"/> name the record rule whose findings list who the check concerns.
/// </summary>
public sealed record CheckView(string TemplateId, string Title, CheckLevel Level, string Message, bool Passed, string? TitleEn = null, string? MessageEn = null,
    string? Records = null, string? RecordsGap = null)
{
    /// <summary>A check result of <paramref name="template"/>; the English text and the records' rule are the template's for that message.</summary>
    public static CheckView Of(ReportTemplate template, CheckLevel level, string message, bool passed)
    {
        var check = template.Checks.FirstOrDefault(c => c.Message == message);
        return new(template.Id, template.Title, level, message, passed, template.TitleEn, check?.MessageEn, check?.Records, check?.RecordsGap);
    }
}
