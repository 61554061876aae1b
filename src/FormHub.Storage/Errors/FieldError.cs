using FormHub.Core.Text;

namespace FormHub.Storage.Errors;

/// <summary>
/// One invalid value in a save. <see cref="OperationIndex"/> is the position of the operation in the session,
/// so a form can put the message next to the right input; <see cref="EntityId"/> is set for existing entities.
/// </summary>
public sealed record FieldError(int OperationIndex, Guid? EntityId, string? Field, LocalizedText Message)
{
    /// <summary>For an ID number already registered: the record holding it (the message names it masked, for any viewer).</summary>
    public Model.IdentityHolder? ExistingHolder { get; init; }
}
