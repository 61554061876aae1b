using FormHub.Core.Text;

namespace FormHub.Storage.Errors;

/// <summary>The catalog changed since the admin read it, or the templates it was checked against did; nothing was saved.</summary>
public sealed class CatalogConflictException : StoreException
{
    public CatalogConflictException(long expectedVersion, long actualVersion)
        : this(new LocalizedText(
            $"数据目录已被他人修改（您读取的是第{expectedVersion}版，当前为第{actualVersion}版），请刷新后重新修改。本次修改未生效。",
            $"The catalog was changed by someone else (you read version {expectedVersion}, it is now {actualVersion}); reload and try again. Nothing was saved."),
            expectedVersion, actualVersion)
    {
    }

    private CatalogConflictException(LocalizedText text, long expectedVersion, long actualVersion) : base(text)
    {
        ExpectedVersion = expectedVersion;
        ActualVersion = actualVersion;
    }

    /// <summary>
    /// A template was published, stopped or resumed after the change was checked against the templates: saving it could
    /// leave a stored template that no longer compiles, so it is checked again on the caller's next try.
    /// </summary>
    public static CatalogConflictException TemplatesChanged(long catalogVersion, long expectedRevision, long actualRevision) => new(new LocalizedText(
            $"检查期间报表模板有了新的发布或停报（第{expectedRevision}次更新→第{actualRevision}次），修改需按最新模板重新检查，请重试。本次修改未生效。",
            $"A template was published or stopped while the change was checked (revision {expectedRevision} → {actualRevision}); try again so it is checked against the current templates. Nothing was saved."),
        catalogVersion, catalogVersion);

    public long ExpectedVersion { get; }
    public long ActualVersion { get; }
}
