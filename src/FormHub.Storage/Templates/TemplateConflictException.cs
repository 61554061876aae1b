using FormHub.Core.Text;
using FormHub.Storage.Errors;

namespace FormHub.Storage.Templates;

/// <summary>Someone published or stopped a template since the caller read the log, or the version exists already; nothing was written.</summary>
public sealed class TemplateConflictException(LocalizedText message) : StoreException(message)
{
    public static TemplateConflictException Moved(long expected, long actual) => new(new LocalizedText(
        $"报表模板已被他人更新（您读取的是第{expected}次更新，当前为第{actual}次），请刷新后重试。本次操作未生效。",
        $"The templates were changed by someone else (you read revision {expected}, it is now {actual}); reload and try again. Nothing was changed."));

    /// <summary>A sequence number or a published version was taken at commit by another writer.</summary>
    public static TemplateConflictException Taken() => new(new LocalizedText(
        "报表模板已被他人更新，或该版本已发布，请刷新后重试。本次操作未生效。",
        "The templates were changed by someone else, or the version is already published; reload and try again. Nothing was changed."));

    /// <summary>The catalog changed after the draft was checked against it: the draft might no longer compile.</summary>
    public static TemplateConflictException CatalogMoved(long expected, long actual) => new(new LocalizedText(
        $"检查期间数据目录被修改（第{expected}版→第{actual}版），模板需按新目录重新检查，请重试。本次操作未生效。",
        $"The catalog changed while the template was checked (version {expected} → {actual}); try again so it is checked against the current catalog. Nothing was changed."));
}
