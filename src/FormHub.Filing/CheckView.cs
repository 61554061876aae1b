using FormHub.Core.Templates;

namespace FormHub.Filing;

/// <summary>One template check on a village's period as the form and the reviewer show it, in Chinese and (where the template gives it) English.</summary>
public sealed record CheckView(string TemplateId, string Title, CheckLevel Level, string Message, bool Passed, string? TitleEn = null, string? MessageEn = null)
{
    /// <summary>A check result of <paramref name="template"/>; the English text is the template's <c>message_en</c> for that message.</summary>
    public static CheckView Of(ReportTemplate template, CheckLevel level, string message, bool passed) =>
        new(template.Id, template.Title, level, message, passed, template.TitleEn, template.Checks.FirstOrDefault(c => c.Message == message)?.MessageEn);
}
