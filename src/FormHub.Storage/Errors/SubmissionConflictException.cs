using FormHub.Core.Text;

namespace FormHub.Storage.Errors;

/// <summary>Someone changed the village's submission since it was read (e.g. two reviewers at once); nothing was written.</summary>
public sealed class SubmissionConflictException(string villageCode, string period, long expectedVersion, long actualVersion)
    : StoreException(new LocalizedText(
        $"村 {villageCode} {period} 的填报状态已被他人更改（您看到的是第{expectedVersion}版，当前为第{actualVersion}版），请刷新后再操作。本次操作未生效。",
        $"The submission of village {villageCode} for {period} was changed by someone else (you saw version {expectedVersion}, it is now {actualVersion}); reload and try again. Nothing was changed."))
{
    public long ActualVersion { get; } = actualVersion;
}
