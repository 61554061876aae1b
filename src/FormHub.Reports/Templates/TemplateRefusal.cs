using FormHub.Core.Text;

namespace FormHub.Reports.Templates;

/// <summary>A publish, stop or admission the rules refuse (wrong version, period already filed, not admitted …); nothing was written.</summary>
public sealed class TemplateRefusal(LocalizedText message, bool conflict = false) : Exception(message.Zh)
{
    public LocalizedText Text { get; } = message;

    /// <summary>True when the state moved under the caller (409) rather than the request being wrong (400).</summary>
    public bool IsConflict { get; } = conflict;

    public static TemplateRefusal Of(string zh, string en, bool conflict = false) => new(new LocalizedText(zh, en), conflict);
}
