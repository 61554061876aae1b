using FormHub.Core.Text;
using FormHub.Storage.Errors;

namespace FormHub.Storage.Shards;

/// <summary>
/// A save registering ID numbers waited <see cref="Wait"/> for the province's ID-number lock and did not get it: a county
/// load holds it to its end (<see cref="CrossShardIdentities"/>). Refused as a conflict to retry, with nothing written,
/// rather than left to stall behind the load.
/// </summary>
public sealed class ImportBusyException()
    : StoreException(new LocalizedText(
        "本省正在导入某县人员数据，身份证号登记需等导入完成：本次保存未生效，请稍后再试。",
        "A county's people are being imported in the province; registering ID numbers waits for it. Nothing was saved; try again shortly."))
{
    /// <summary>How long an ordinary save waits for the lock: far more than another save holds it, far less than a load.</summary>
    public static readonly TimeSpan Wait = TimeSpan.FromSeconds(5);
}
