using FormHub.Core.Text;

namespace FormHub.Storage.Errors;

/// <summary>Someone else saved the entity since it was read; the whole save was rolled back.</summary>
public sealed class ConcurrencyConflictException(Guid entityId, string entityType, string? displayName, long expectedVersion, long actualVersion)
    : StoreException(new LocalizedText(
        $"{Describe(entityType, displayName, entityId, zh: true)}已被他人修改（您读取的是第{expectedVersion}版，当前为第{actualVersion}版），请刷新后重新填写。本次保存未生效。",
        $"{Describe(entityType, displayName, entityId, zh: false)} was changed by someone else (you read version {expectedVersion}, it is now {actualVersion}); reload and try again. Nothing was saved."))
{
    public Guid EntityId { get; } = entityId;
    public string EntityType { get; } = entityType;
    public long ExpectedVersion { get; } = expectedVersion;
    public long ActualVersion { get; } = actualVersion;

    private static string Describe(string type, string? name, Guid id, bool zh) =>
        name is null ? $"{type} {id}" : zh ? $"“{name}”（{type} {id}）" : $"'{name}' ({type} {id})";
}
