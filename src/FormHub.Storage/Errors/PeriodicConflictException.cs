using FormHub.Core.Text;

namespace FormHub.Storage.Errors;

/// <summary>
/// Someone saved a periodic value (本月低保金发放金额 of a household for a month) since it was read, or set one the writer
/// read as absent; the whole save was rolled back. Names the value, the record and the period.
/// </summary>
public sealed class PeriodicConflictException(Guid entityId, string recordZh, string recordEn, string fieldZh, string fieldEn, string field,
    string period, string periodZh, long expectedVersion, long actualVersion)
    : StoreException(new LocalizedText(
        $"{recordZh}的「{fieldZh}」（{periodZh}）已在其他窗口或由他人{(expectedVersion == 0 ? "填写" : "修改")}，本次保存未生效。请重新加载看当前数据，您刚才填写的内容会保留在旁边。",
        $"'{fieldEn}' of {recordEn} for {period} was {(expectedVersion == 0 ? "entered" : "changed")} in another window or by someone else; nothing was saved. Reload to see the current data; what you just typed is kept beside it."))
{
    public Guid EntityId { get; } = entityId;
    public string Field { get; } = field;
    public string Period { get; } = period;
    public long ExpectedVersion { get; } = expectedVersion;
    public long ActualVersion { get; } = actualVersion;
}
