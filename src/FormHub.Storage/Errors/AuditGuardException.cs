using FormHub.Core.Text;
using FormHub.Storage.Model;

namespace FormHub.Storage.Errors;

/// <summary>The setting a write rested on (<see cref="AuditGuard"/>) was changed meanwhile; nothing was written.</summary>
public sealed class AuditGuardException(AuditGuard guard, long actualSeq)
    : StoreException(new LocalizedText(
        $"{guard.UnitCode} 的设置（{guard.Action}）刚被修改，本次操作未生效，请刷新后再试。",
        $"The setting {guard.Action} of {guard.UnitCode} was just changed; nothing was changed. Reload and try again."))
{
    public AuditGuard Guard { get; } = guard;

    public long ActualSeq { get; } = actualSeq;
}
