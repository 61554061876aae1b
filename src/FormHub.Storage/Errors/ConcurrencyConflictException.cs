using FormHub.Core.Text;

namespace FormHub.Storage.Errors;

/// <summary>Someone else saved the entity since it was read; the whole save was rolled back.</summary>
public sealed class ConcurrencyConflictException(Guid entityId, string entityType, string? displayName, long expectedVersion, long actualVersion)
    : StoreException(new LocalizedText(
        $"{Describe(displayName, zh: true)}已在其他窗口或由他人修改，本次保存未生效。请重新加载看当前数据，您刚才填写的内容会保留在旁边。",
        $"{Describe(displayName, zh: false)} was changed in another window or by someone else; nothing was saved. Reload to see the current data; what you just typed is kept beside it."))
{
    public Guid EntityId { get; } = entityId;
    public string EntityType { get; } = entityType;
    public long ExpectedVersion { get; } = expectedVersion;
    public long ActualVersion { get; } = actualVersion;

    // A person reads the record by its name; ids and versions are for the API (the ProblemDetails extensions carry them).
    private static string Describe(string? name, bool zh) =>
        name is null ? (zh ? "这条记录" : "This record") : zh ? $"“{name}”" : $"'{name}'";
}
