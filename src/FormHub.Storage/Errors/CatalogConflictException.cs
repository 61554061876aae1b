using FormHub.Core.Text;

namespace FormHub.Storage.Errors;

/// <summary>The catalog changed since the admin read it; nothing was saved.</summary>
public sealed class CatalogConflictException(long expectedVersion, long actualVersion)
    : StoreException(new LocalizedText(
        $"数据目录已被他人修改（您读取的是第{expectedVersion}版，当前为第{actualVersion}版），请刷新后重新修改。本次修改未生效。",
        $"The catalog was changed by someone else (you read version {expectedVersion}, it is now {actualVersion}); reload and try again. Nothing was saved."))
{
    public long ExpectedVersion { get; } = expectedVersion;
    public long ActualVersion { get; } = actualVersion;
}
