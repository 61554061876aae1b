using FormHub.Core.Text;

namespace FormHub.Storage.Errors;

/// <summary>The entity a change names does not exist (or lies outside the store).</summary>
public sealed class EntityNotFoundException(Guid entityId)
    : StoreException(new LocalizedText($"找不到记录 {entityId}，可能已被删除或编号有误。本次保存未生效。",
        $"Entity {entityId} was not found. Nothing was saved."))
{
    public Guid EntityId { get; } = entityId;
}
