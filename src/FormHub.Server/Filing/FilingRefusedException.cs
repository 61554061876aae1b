using FormHub.Core.Text;

namespace FormHub.Server.Filing;

/// <summary>
/// A save the village's closed months refuse (409), thrown by the store from the save's filing guard
/// (<see cref="Storage.Model.FilingGuard"/>) in its own transaction, before it writes.
/// </summary>
internal sealed class FilingRefusedException(LocalizedText text) : Exception(text.En)
{
    public LocalizedText Text { get; } = text;
}
