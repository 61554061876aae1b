using FormHub.Core.Templates;

namespace FormHub.Filing;

/// <summary>One template check on a village's period as the form and the reviewer show it.</summary>
public sealed record CheckView(string TemplateId, string Title, CheckLevel Level, string Message, bool Passed);
