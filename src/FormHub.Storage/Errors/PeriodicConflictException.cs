using FormHub.Core.Text;

namespace FormHub.Storage.Errors;

/// <summary>
/// Someone saved a periodic value (本月低保金发放金额 of a household for a month) since it was read, or set one the writer
/// read as absent; the whole save was rolled back. Names the value, the record and the period.
/// </summary>
public sealed class PeriodicConflictException(Guid entityId, string recordZh, string recordEn, string fieldZh, string fieldEn, string field,
    string period, string periodZh, long expectedVersion, long actualVersion)
    : StoreException(new LocalizedText(
        $"{recordZh}的「{fieldZh}」（{periodZh}）已被他人{(expectedVersion == 0 ? "填写" : "修改")}（您读取的是{Read(expectedVersion, true)}，当前为{Read(actualVersion, true)}），请刷新后重新填写。本次保存未生效。",
        $"'{fieldEn}' of {recordEn} for {period} was {(expectedVersion == 0 ? "entered" : "changed")} by someone else (you read {Read(expectedVersion, false)}, it is now {Read(actualVersion, false)}); reload and try again. Nothing was saved."))
{
    public Guid EntityId { get; } = entityId;
    public string Field { get; } = field;
    public string Period { get; } = period;
    public long ExpectedVersion { get; } = expectedVersion;
    public long ActualVersion { get; } = actualVersion;

    private static string Read(long version, bool zh) => version == 0 ? (zh ? "尚未填写" : "no value") : zh ? $"第{version}版" : $"version {version}";
}
