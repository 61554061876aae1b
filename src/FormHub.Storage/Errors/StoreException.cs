using FormHub.Core.Text;

namespace FormHub.Storage.Errors;

/// <summary>A refusal by the store that the user can act on; nothing was written when it is thrown.</summary>
public abstract class StoreException(LocalizedText message) : Exception(message.Zh)
{
    public LocalizedText Text { get; } = message;
}
