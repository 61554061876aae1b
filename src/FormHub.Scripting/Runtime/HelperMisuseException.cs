using FormHub.Core.Text;

namespace FormHub.Scripting.Runtime;

/// <summary>A helper was called the wrong way, e.g. <c>sum(households, 42)</c>; reported as the cell's error.</summary>
internal sealed class HelperMisuseException(LocalizedText text) : Exception(text.Zh)
{
    public LocalizedText Text { get; } = text;
}
