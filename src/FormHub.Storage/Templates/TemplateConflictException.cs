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
}
